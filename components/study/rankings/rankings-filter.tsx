// A plain GET form: works without JavaScript and keeps the choice in the URL.
import { buttonClass, inputClass } from "@/components/ui/styles";

export function RankingsFilter({ years, year, basePath, departments, dept }: { years: number[]; year: number | null; basePath: string; departments?: { id: string; name: string }[]; dept?: string }) {
  return (
    <form action={basePath} className="mb-4 flex flex-wrap items-end gap-2" role="search">
      <label className="text-sm">
        <span className="mb-1 block text-slate-600">统计年度</span>
        <select name="year" defaultValue={year === null ? "all" : String(year)} className={`${inputClass} w-32`}>
          {[...years].reverse().map((y) => <option key={y} value={y}>{y} 年</option>)}
          <option value="all">全部年度</option>
        </select>
      </label>
      {departments ? (
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">部门</span>
          <select name="dept" defaultValue={dept ?? ""} className={`${inputClass} w-40`}>
            <option value="">全院</option>
            {departments.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </select>
        </label>
      ) : null}
      <button type="submit" className={buttonClass.secondary}>查看</button>
    </form>
  );
}
