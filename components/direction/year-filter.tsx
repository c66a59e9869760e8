// The overview's year switch: a plain GET form that keeps the year in the URL.
// (The meeting and deployment lists filter through FilterBar instead.)
import { buttonClass, inputClass } from "@/components/ui/styles";

export function YearFilter({
  years,
  year,
  basePath,
}: {
  years: number[];
  year: number;
  basePath: string;
}) {
  return (
    <form
      action={basePath}
      className="flex flex-wrap items-end gap-2"
      role="search"
      aria-label="选择年度"
    >
      <label className="text-sm">
        <span className="mb-1 block text-slate-600">年度</span>
        <select name="year" defaultValue={year} className={`${inputClass} w-32`}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y} 年
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClass.secondary}>
        查看
      </button>
    </form>
  );
}
