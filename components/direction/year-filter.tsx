// A plain GET form: works without JavaScript and keeps the year in the URL.
import { buttonClass, inputClass } from "@/components/ui/styles";

export function YearFilter({ years, year, basePath, allowAll, extra }: { years: number[]; year?: number; basePath: string; allowAll?: boolean; extra?: React.ReactNode }) {
  return (
    <form action={basePath} className="flex flex-wrap items-end gap-2" role="search">
      <label className="text-sm">
        <span className="mb-1 block text-slate-600">年度</span>
        <select name="year" defaultValue={year ?? ""} className={`${inputClass} w-32`}>
          {allowAll ? <option value="">全部年度</option> : null}
          {years.map((y) => <option key={y} value={y}>{y} 年</option>)}
        </select>
      </label>
      {extra}
      <button type="submit" className={buttonClass.secondary}>查看</button>
    </form>
  );
}
