import { TAG_LABELS, TAGS } from "@/lib/consult/schemas";

/** The topic tags as labelled checkboxes, with their Chinese error. */
export function TagCheckboxes({ error, defaults = [] }: { error?: string; defaults?: string[] }) {
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-medium text-slate-700">咨询主题（可多选）</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {TAGS.map((t) => (
          <label key={t} className="inline-flex items-center gap-1.5">
            <input type="checkbox" name="tags[]" value={t} defaultChecked={defaults.includes(t)} />{" "}
            {TAG_LABELS[t]}
          </label>
        ))}
      </div>
      {error ? (
        <p role="alert" className="mt-1 text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
