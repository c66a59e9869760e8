import Link from "next/link";

import { Card, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { topicReportsHref } from "@/lib/dashboard/links";
import type { Dashboard } from "@/lib/dashboard/queries";
import { monthLabel } from "@/lib/dates";

import { DataDetails } from "./data-details";
import { TopicChart } from "./topic-chart";

const span = (keys: string[]) => `${monthLabel(keys[0])}至${monthLabel(keys[keys.length - 1])}`;

/** The report list behind a count: this topic, these months. */
const reportsHref = topicReportsHref;

/** `linkable`: the viewer may read every department's reports, so each count opens the reports behind it. */
export function TopicsSection({
  topics,
  linkable,
}: {
  topics: Dashboard["topics"];
  linkable: boolean;
}) {
  const recent = `近 3 个月（${span(topics.recentMonths)}）`;
  const previous = `此前 3 个月（${span(topics.previousMonths)}）`;
  const rows = topics.rows.map((t) => ({
    ...t,
    recentHref: linkable && t.recent > 0 ? reportsHref(t.id, topics.recentMonths) : null,
    previousHref: linkable && t.previous > 0 ? reportsHref(t.id, topics.previousMonths) : null,
  }));
  const count = (n: number, href: string | null, label: string) =>
    href ? (
      <Link
        href={href}
        prefetch={false}
        className="text-brand-700 hover:underline"
        aria-label={`${label} ${n} 次，查看报告`}
      >
        {n}
      </Link>
    ) : (
      n
    );
  return (
    <Card title="热点话题">
      <p className="mb-2 text-xs text-slate-500">
        信息员报告（定期与即时）所标话题的次数：{recent}对比{previous}。
      </p>
      {topics.rows.length === 0 ? (
        <EmptyState
          title="这段时间的报告没有标注话题"
          hint="信息员在思想动态报告中勾选热点话题后会在这里统计"
        />
      ) : (
        <>
          <TopicChart
            data={rows}
            recentLabel="近 3 个月"
            previousLabel="此前 3 个月"
            height={Math.max(200, 36 * topics.rows.length + 60)}
          />
          <DataDetails>
            <Table caption="热点话题次数">
              <thead>
                <tr>
                  <Th>话题</Th>
                  <Th>{recent}</Th>
                  <Th>{previous}</Th>
                  <Th>变化</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((t) => (
                  <tr key={t.id}>
                    <Td className="whitespace-nowrap">{t.name}</Td>
                    <Td className="tabular-nums">
                      {count(t.recent, t.recentHref, `${t.name}近 3 个月`)}
                    </Td>
                    <Td className="tabular-nums">
                      {count(t.previous, t.previousHref, `${t.name}此前 3 个月`)}
                    </Td>
                    <Td className="tabular-nums">
                      {t.recent - t.previous > 0
                        ? `+${t.recent - t.previous}`
                        : t.recent - t.previous}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </DataDetails>
        </>
      )}
    </Card>
  );
}
