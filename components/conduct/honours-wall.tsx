import { Card, EmptyState } from "@/components/ui/card";
import { describeKind, levelLabel } from "@/lib/conduct/labels";
import { formatDate } from "@/lib/format";

type Honour = {
  id: string;
  kind: string;
  honourTitle: string | null;
  level: string | null;
  occurredOn: Date;
  issuer: string;
  title: string;
  person: string;
  department: string;
};
type Group = { year: number; levels: { level: string; rows: Honour[] }[] };
export type EssayAwardItem = {
  entryId: string;
  callTitle: string;
  awardLabel: string;
  authorName: string;
  departmentName: string | null;
  awardedAt: Date;
};

function HonourCard({ h }: { h: Honour }) {
  return (
    <li className="rounded-md border border-amber-200 bg-amber-50/60 p-3">
      <p className="text-base font-semibold text-slate-900">{h.person}</p>
      <p className="text-xs text-slate-500">{h.department}</p>
      <p className="mt-1 text-sm font-medium text-amber-800">{describeKind(h)}</p>
      <p className="mt-1 text-xs text-slate-600">{h.title}</p>
      <p className="mt-1 text-xs text-slate-500">
        {h.issuer} · {formatDate(h.occurredOn)}
      </p>
    </li>
  );
}

/** Each year, highest level first, then that year's essay awards when there are any. */
export function HonoursWall({
  groups,
  essays,
}: {
  groups: Group[];
  essays: Map<number, EssayAwardItem[]> | null;
}) {
  const years = [...new Set([...groups.map((g) => g.year), ...(essays?.keys() ?? [])])].sort(
    (a, b) => b - a,
  );
  if (years.length === 0)
    return (
      <Card>
        <EmptyState
          title="这一年度暂无表彰"
          hint="政治处确认的表彰奖励、荣誉称号和创新履职记录将显示在荣誉墙上；可选择其他年度。"
        />
      </Card>
    );
  return (
    <div className="space-y-6">
      {years.map((year) => {
        const g = groups.find((x) => x.year === year);
        const awards = essays?.get(year) ?? [];
        return (
          <section key={year} aria-labelledby={`y-${year}`} className="space-y-3">
            <h2 id={`y-${year}`} className="text-lg font-bold text-slate-900">
              {year} 年度
            </h2>
            {g?.levels.map((l) => (
              <Card key={l.level} title={`${levelLabel(l.level)}（${l.rows.length} 人次）`}>
                <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
                  {l.rows.map((h) => (
                    <HonourCard key={h.id} h={h} />
                  ))}
                </ul>
              </Card>
            ))}
            {awards.length > 0 ? (
              <Card title={`征文获奖（${awards.length} 人次）`}>
                <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
                  {awards.map((a) => (
                    <li
                      key={a.entryId}
                      className="rounded-md border border-blue-200 bg-blue-50/60 p-3"
                    >
                      <p className="text-base font-semibold text-slate-900">{a.authorName}</p>
                      <p className="text-xs text-slate-500">{a.departmentName ?? ""}</p>
                      <p className="mt-1 text-sm font-medium text-blue-800">{a.awardLabel}</p>
                      <p className="mt-1 text-xs text-slate-600">“{a.callTitle}”征文</p>
                      <p className="mt-1 text-xs text-slate-500">{formatDate(a.awardedAt)}</p>
                    </li>
                  ))}
                </ul>
              </Card>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
