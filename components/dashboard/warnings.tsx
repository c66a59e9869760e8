import Link from "next/link";

import { ActionButton } from "@/components/ui/action-button";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { openWarningFollowUp } from "@/lib/dashboard/actions";
import { warningReportsHref } from "@/lib/dashboard/links";
import type { Dashboard } from "@/lib/dashboard/queries";
import { BASELINE_MONTHS, MIN_EFFECT } from "@/lib/dashboard/warnings";
import { monthLabel } from "@/lib/dates";

export function WarningsSection({
  warnings,
  manage,
  readReports,
  readFollowUps,
}: {
  warnings: Dashboard["warnings"];
  manage: boolean;
  readReports: boolean;
  readFollowUps: boolean;
}) {
  return (
    <Card
      id="dashboard-warnings"
      title={
        <>指数下降预警 {warnings.length ? <Badge tone="red">{warnings.length}</Badge> : null}</>
      }
    >
      <p className="mb-3 text-xs text-slate-500">
        部门最近一个完整月份的指数与其此前 {BASELINE_MONTHS} 个月的平均值（基线）相比：下降至少{" "}
        {MIN_EFFECT}{" "}
        分，且超出该部门自身的波动范围（由历史数据和测评人数估计）时预警。单月明显超出记为“显著”，连续
        2
        个月低于基线且超出波动范围也记为“显著”；只超出常见波动的单月记为“待观察”。进行中的月份不参与。
      </p>
      {warnings.length === 0 ? (
        <EmptyState
          title="目前没有部门触发预警"
          hint={`各部门最近指数均未低于自身基线 ${MIN_EFFECT} 分以上并超出波动范围`}
        />
      ) : (
        <Table caption="思想状况指数下降预警">
          <thead>
            <tr>
              <Th>部门（月份）</Th>
              <Th>级别与原因</Th>
              <Th>指数</Th>
              <Th>较基线</Th>
              <Th>督办</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {warnings.map((w) => (
              <tr key={w.departmentId}>
                <Td className="whitespace-nowrap">
                  <span className="font-medium">
                    {readReports ? (
                      <Link
                        href={warningReportsHref(w)}
                        prefetch={false}
                        className="text-brand-700 hover:underline"
                        aria-label={`${w.name}${monthLabel(w.month)}预警，查看该部门报告`}
                      >
                        {w.name}
                      </Link>
                    ) : (
                      w.name
                    )}
                  </span>
                  <span className="block text-xs text-slate-500">{monthLabel(w.month)}</span>
                </Td>
                <Td>
                  <Badge tone={w.level === "SIGNIFICANT" ? "red" : "amber"}>
                    {w.level === "SIGNIFICANT" ? "显著" : "待观察"}
                  </Badge>
                  <span className="block text-xs text-slate-600">{w.reason}</span>
                </Td>
                <Td className="tabular-nums">{w.latest}</Td>
                <Td className="tabular-nums">
                  <span className="font-semibold text-red-700">−{w.drop}</span>
                  <span
                    className="block text-xs whitespace-nowrap text-slate-500"
                    title={`${monthLabel(w.baselineMonths[0])}至${monthLabel(w.baselineMonths[w.baselineMonths.length - 1])}的平均指数`}
                  >
                    基线 {w.baseline}
                  </span>
                </Td>
                <Td className="whitespace-nowrap">
                  {w.followUpId ? (
                    readFollowUps ? (
                      <Link
                        href={`/follow-ups/${w.followUpId}`}
                        className="text-sm text-brand-700 hover:underline"
                      >
                        督办中，查看
                      </Link>
                    ) : (
                      <Badge tone="blue">已督办</Badge>
                    )
                  ) : manage ? (
                    <ActionButton
                      action={openWarningFollowUp}
                      fields={{ departmentId: w.departmentId }}
                      label="发起督办"
                    />
                  ) : (
                    <span className="text-xs text-slate-500">未督办</span>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
