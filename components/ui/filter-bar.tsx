import Link from "next/link";

import { INPUT_DATE_BOUNDS } from "@/lib/dates";

import { buttonClass, inputClass } from "./styles";

// Literal class names, so that Tailwind sees them.
const COLUMNS = {
  3: "lg:grid-cols-3",
  4: "lg:grid-cols-4",
  5: "lg:grid-cols-5",
  6: "lg:grid-cols-6",
} as const;

/**
 * The filter form of a list page: a GET form, so that the filters live in the
 * query string and a filtered view can be bookmarked, with labelled controls
 * (FilterSelect, FilterInput, FilterCheckbox), 筛选, and 清除 back to
 * `clearHref`. `hidden` carries values such as the current tab.
 */
export function FilterBar({
  label,
  clearHref,
  columns = 4,
  hidden,
  children,
}: {
  label: string;
  clearHref: string;
  columns?: keyof typeof COLUMNS;
  hidden?: Record<string, string>;
  children: React.ReactNode;
}) {
  return (
    <form
      role="search"
      aria-label={label}
      className={`mb-4 grid gap-3 sm:grid-cols-2 ${COLUMNS[columns]}`}
    >
      {Object.entries(hidden ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
      <div className="flex items-end gap-2">
        <button className={buttonClass.secondary} type="submit">
          筛选
        </button>
        <Link href={clearHref} className="pb-2 text-sm text-slate-500 hover:underline">
          清除
        </Link>
      </div>
    </form>
  );
}

type Options = readonly { value: string; label: string }[] | Readonly<Record<string, string>>;

/** A labelled select whose first option, "全部…", means no filter. */
export function FilterSelect({
  label,
  name,
  value,
  options,
  all = "全部",
}: {
  label: string;
  name: string;
  value?: string | null;
  options: Options;
  all?: string;
}) {
  const list = Array.isArray(options)
    ? options
    : Object.entries(options).map(([v, l]) => ({ value: v, label: l }));
  return (
    <label className="text-sm">
      <span className="mb-1 block text-slate-600">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{all}</option>
        {list.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A labelled text, date or month input. */
export function FilterInput({
  label,
  name,
  value,
  ...input
}: { label: string; name: string; value?: string | null } & Omit<
  React.InputHTMLAttributes<HTMLInputElement>,
  "name" | "value" | "defaultValue"
>) {
  return (
    <label className="text-sm">
      <span className="mb-1 block text-slate-600">{label}</span>
      <input
        name={name}
        defaultValue={value ?? ""}
        className={inputClass}
        {...(input.type ? INPUT_DATE_BOUNDS[input.type] : undefined)}
        {...input}
      />
    </label>
  );
}

/** A labelled checkbox, sent as `name=1` when ticked. */
export function FilterCheckbox({
  label,
  name,
  checked,
}: {
  label: string;
  name: string;
  checked?: boolean;
}) {
  return (
    <label className="flex items-end gap-2 pb-2 text-sm">
      <input type="checkbox" name={name} value="1" defaultChecked={checked} className="h-4 w-4" />
      <span className="text-slate-700">{label}</span>
    </label>
  );
}
