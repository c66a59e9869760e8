import Link from "next/link";

import {
  IndexLineChart,
  type ExtraSeries,
  type IndexMonth,
} from "@/components/charts/index-line-chart";
import { Card, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { monthLabel } from "@/lib/dates";
import type { DepartmentDashboard, MoodRow } from "@/lib/department/queries";
import { MOOD_LABELS, STABILITY_LABELS } from "@/lib/reports/schemas";

/** As on /dashboard: complete months solid, months still 进行中 dashed and joined to the month before. */
function points(rows: MoodRow[]): IndexMonth[] {
  return rows.map((r) => ({
    month: r.month,
    label: monthLabel(r.month, true),
    value: r.index,
    complete: r.complete,
    coverage: r.coverage,
    extra: { mood: r.mood, overall: r.complete ? r.overall : null },
  }));
}

const SERIES: ExtraSeries[] = [
  {
    key: "mood",
    name: "报告情绪（1–5）",
    color: "#2563eb",
    width: 2,
    dot: 3,
    connectNulls: true,
    right: true,
  },
  { key: "overall", name: "全院指数", color: "#94a3b8", width: 1.5, dot: false },
];
const LEGEND = [
  { color: "#2563eb", label: "报告情绪（右轴 1–5）" },
  { color: "#b91c1c", label: "本部门指数（左轴）" },
  { color: "#94a3b8", label: "全院指数" },
];

function PulseCell({ r }: { r: MoodRow }) {
  if (r.pulse?.group === "OWN")
    return (
      <span className="tabular-nums">
        {r.pulse.mean.toFixed(2)}
        <span className="text-xs text-slate-500">（{r.pulse.n} 人）</span>
      </span>
    );
  if (r.pulse?.group === "OTHER")
    return (
      <span className="text-xs text-slate-600">
        并入其他部门：<span className="tabular-nums">{r.pulse.mean.toFixed(2)}</span>（{r.pulse.n}{" "}
        人）
      </span>
    );
  if (r.masked) return <span className="text-xs text-slate-500">不足 5 人，未单独显示</span>;
  return <>—</>;
}

/** The department's own reports' mood by month, beside its index as the dashboard shows it. */
export function MoodSection({ d }: { d: DepartmentDashboard }) {
  const rows = d.trend;
  const any = rows.some((r) => r.mood !== null || r.index !== null || r.pulse !== null);
  const pending = rows.filter((r) => !r.complete);
  return (
    <Card id="department-mood" title={`思想动态趋势（近 ${rows.length} 个月）`}>
      {!any ? (
        <EmptyState
          title="近一年本部门还没有已提交的月度报告或测评数据"
          hint="信息员每月提交思想动态报告后，这里显示报告情绪与本部门指数的走势"
        />
      ) : (
        <div className="grid grid-cols-1 gap-4 xl:grid-cols-5">
          <div className="xl:col-span-3">
            <IndexLineChart
              data={points(rows)}
              name="本部门指数"
              chart="department-mood"
              height={288}
              series={SERIES}
              rightAxis={{ domain: [1, 5], ticks: [1, 2, 3, 4, 5] }}
              legend={LEGEND}
            />
            <p className="mt-1 text-xs text-slate-500">
              报告情绪为本部门月度报告所填（1 低落 — 5
              高涨）；本部门指数与全院指数的算法同晴雨表看板，测评只显示满 5 人的组，不足 5
              人的部门并入“其他部门”。
              {pending.length
                ? ` ${pending.map((p) => `${monthLabel(p.month)}进行中（${p.coverage}）`).join("；")}，以虚线空心点表示。`
                : ""}
            </p>
          </div>
          <div className="xl:col-span-2">
            <Table caption="本部门每月报告情绪、测评均分与思想状况指数">
              <thead>
                <tr>
                  <Th>月份</Th>
                  <Th>报告情绪</Th>
                  <Th>测评均分</Th>
                  <Th>指数</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {[...rows].reverse().map((r) => (
                  <tr key={r.month}>
                    <Td className="whitespace-nowrap">
                      {monthLabel(r.month)}
                      {r.complete ? null : (
                        <span className="ml-1 text-xs text-amber-700">进行中</span>
                      )}
                    </Td>
                    <Td className="whitespace-nowrap">
                      {r.mood === null ? (
                        <span className="text-slate-500">未报</span>
                      ) : (
                        <MoodValue r={r} />
                      )}
                    </Td>
                    <Td className="whitespace-nowrap">
                      <PulseCell r={r} />
                    </Td>
                    <Td className="font-medium tabular-nums">{r.index ?? "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        </div>
      )}
    </Card>
  );
}

function MoodValue({ r }: { r: MoodRow }) {
  const text = (
    <>
      {r.mood} {MOOD_LABELS[r.mood!] ?? ""}
      {r.stability ? (
        <span className="text-xs text-slate-500">
          {" "}
          · {STABILITY_LABELS[r.stability as keyof typeof STABILITY_LABELS] ?? r.stability}
        </span>
      ) : null}
    </>
  );
  return r.reportId ? (
    <Link href={`/reports/${r.reportId}`} className="text-brand-700 hover:underline">
      {text}
    </Link>
  ) : (
    text
  );
}
