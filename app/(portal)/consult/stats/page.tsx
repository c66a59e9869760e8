import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { BarChart } from "@/components/charts/bar-chart";
import { LineChart } from "@/components/charts/line-chart";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { consultStats } from "@/lib/consult/queries";
import { channelLabel, tagLabel } from "@/lib/consult/schemas";

export const metadata: Metadata = { title: "咨询统计" };

export default async function ConsultStatsPage() {
  const user = await requirePagePermission(
    ["consult.answer", "dashboard.leadership"],
    "/consult/stats",
  );
  const s = await consultStats(user);
  if (!s) notFound();
  const figures = [
    { label: "累计接受咨询", value: `${s.total} 人次` },
    { label: "已答复", value: `${s.answered} 件` },
    { label: "待答复", value: `${s.open} 件` },
    { label: "答复用时中位数", value: s.medianHours === null ? "—" : `${s.medianHours} 小时` },
    {
      label: "超过 24 小时",
      value: `${s.breaches} 件`,
      hint: `已答复 ${s.answeredBreached}，待答复 ${s.openBreached}`,
    },
  ];
  const months = s.byMonth.map((m) => ({ label: m.month, value: m.count }));
  const topics = s.byTag.map((t) => ({ label: tagLabel(t.tag), value: t.count }));
  return (
    <>
      <PageHeader title="咨询统计" description={`累计接受咨询 ${s.total} 人次`} />
      <dl className="mb-4 grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {figures.map((f) => (
          <div key={f.label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-500">{f.label}</dt>
            <dd className="mt-1 text-2xl font-bold text-slate-900">{f.value}</dd>
            {f.hint ? <dd className="text-xs text-slate-500">{f.hint}</dd> : null}
          </div>
        ))}
      </dl>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="按主题">
          <BarChart data={topics} unit=" 件" />
          <CountTable caption="按主题统计咨询件数（一件可有多个主题）" head="主题" rows={topics} />
        </Card>
        <Card title="按渠道">
          <BarChart
            data={s.byChannel.map((c) => ({ label: channelLabel(c.channel), value: c.count }))}
            unit=" 件"
          />
          <CountTable
            caption="按渠道统计咨询件数"
            head="渠道"
            rows={s.byChannel.map((c) => ({ label: channelLabel(c.channel), value: c.count }))}
          />
        </Card>
        <Card title="按月份（近 24 个月）" className="lg:col-span-2">
          <LineChart data={months} unit=" 件" />
          <CountTable caption="近 24 个月每月咨询件数" head="月份" rows={months} />
        </Card>
      </div>
    </>
  );
}

/** The chart's data as a compact table, for screen readers and printing. */
function CountTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string;
  rows: { label: string; value: number }[];
}) {
  return (
    <div className="mt-2">
      <Table caption={caption}>
        <tbody className="divide-y divide-slate-100">
          <tr>
            <th
              scope="row"
              className="bg-slate-50 px-3 py-2 text-left text-xs font-semibold whitespace-nowrap text-slate-600"
            >
              {head}
            </th>
            {rows.map((r) => (
              <Th key={r.label}>{r.label}</Th>
            ))}
          </tr>
          <tr>
            <th
              scope="row"
              className="bg-slate-50 px-3 py-2 text-left text-xs font-semibold whitespace-nowrap text-slate-600"
            >
              件数
            </th>
            {rows.map((r) => (
              <Td key={r.label}>{r.value}</Td>
            ))}
          </tr>
        </tbody>
      </Table>
    </div>
  );
}
