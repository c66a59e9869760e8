import Link from "next/link";

import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { Dashboard } from "@/lib/dashboard/queries";
import { monthLabel } from "@/lib/dates";

const hours = (h: number) => (Number.isInteger(h) ? String(h) : h.toFixed(1));

/**
 * 学习教育与改革咨询 by month: activities held, 出席人次, approved self-study
 * hours, consultations. The page is for 院领导 and 政治处, who may both open
 * /consult/stats; /study/rankings needs study.rankings.
 */
export function VolumeSection({
  volume,
  readStudyRankings,
}: {
  volume: Dashboard["volume"];
  readStudyRankings: boolean;
}) {
  const current = volume[volume.length - 1]?.month;
  const link = (href: string, children: React.ReactNode) => (
    <Link href={href} prefetch={false} className="text-brand-700 hover:underline">
      {children}
    </Link>
  );
  return (
    <Card
      title={`学习教育与改革咨询（近 ${volume.length} 个月）`}
      actions={
        <span className="flex gap-3 text-sm">
          {readStudyRankings ? link("/study/rankings", "学习排名") : null}
          {link("/consult/stats", "咨询统计")}
        </span>
      }
    >
      <Table caption="每月学习活动、出席人次、自学时长与改革咨询数">
        <thead>
          <tr>
            <Th>月份</Th>
            <Th>学习活动（次）</Th>
            <Th>出席（人次）</Th>
            <Th>自学时长（小时，已审核）</Th>
            <Th>改革咨询（件）</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {volume.map((v) => (
            <tr key={v.month}>
              <Td className="whitespace-nowrap">
                {monthLabel(v.month)}
                {v.month === current ? (
                  <span className="text-xs text-slate-500">（截至今日）</span>
                ) : null}
              </Td>
              <Td className="tabular-nums">{v.activities}</Td>
              <Td className="tabular-nums">{v.present}</Td>
              <Td className="tabular-nums">{hours(v.hours)}</Td>
              <Td className="tabular-nums">{v.consultations}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
