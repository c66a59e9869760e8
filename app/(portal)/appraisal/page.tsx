import type { Metadata } from "next";
import Link from "next/link";

import { CreateCycleForm } from "@/components/appraisal/create-cycle-form";
import { CYCLE_STATE_TONES } from "@/components/appraisal/tones";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { CYCLE_STATE_LABELS } from "@/lib/appraisal/labels";
import { periodLabel } from "@/lib/appraisal/period";
import { listCycles, listTemplates, managesAppraisal } from "@/lib/appraisal/queries";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { shanghaiYear } from "@/lib/dates";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "绩效考评" };

export default async function AppraisalPage() {
  const user = await requirePagePermission(
    ["appraisal.score", "appraisal.read", "appraisal.manage"],
    "/appraisal",
  );
  const manager = managesAppraisal(user);
  const [cycles, templates] = await Promise.all([
    listCycles(user),
    manager ? listTemplates() : Promise.resolve([]),
  ]);
  return (
    <>
      <PageHeader
        title="绩效考评"
        description="考评周期：草稿 → 指标设置 → 打分中 → 校准 → 公示 → 异议处理 → 已归档"
        actions={
          <div className="flex flex-wrap gap-2">
            {manager ? (
              <Link href="/appraisal/points" className={buttonClass.secondary}>
                履职表现加减分表
              </Link>
            ) : null}
            {can(user.roles, "appraisal.read") && cycles.length > 0 ? (
              <ExportButton href="/appraisal/export" label="导出周期列表" />
            ) : null}
          </div>
        }
      />
      {manager ? (
        <Card title="新建考评周期" className="mb-4">
          <CreateCycleForm
            year={shanghaiYear(new Date())}
            templates={templates.map((t) => ({ value: t.id, label: t.name }))}
            cycles={cycles.map((c) => ({ value: c.id, label: c.title }))}
          />
        </Card>
      ) : null}
      <Card title={manager ? "全部考评周期" : "我参与的考评"}>
        {cycles.length === 0 ? (
          <EmptyState
            title="暂无考评周期"
            hint={
              manager
                ? "从考评模板或往年周期新建一个。"
                : "考评启动后，您的考评表和评分任务会出现在这里。"
            }
          />
        ) : (
          <Table caption="考评周期">
            <thead>
              <tr>
                <Th>周期</Th>
                <Th>考评期</Th>
                <Th>阶段</Th>
                <Th>评分截止</Th>
                <Th>公示截止</Th>
                <Th>考评表</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {cycles.map((c) => (
                <tr key={c.id}>
                  <Td>
                    <Link
                      href={`/appraisal/${c.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {c.title}
                    </Link>
                  </Td>
                  <Td>{periodLabel(c.year, c.half)}</Td>
                  <Td>
                    <StatusBadge
                      status={c.status}
                      labels={CYCLE_STATE_LABELS}
                      tones={CYCLE_STATE_TONES}
                    />
                  </Td>
                  <Td>{formatDate(c.scoringDueAt)}</Td>
                  <Td>{formatDate(c.publicityEndsAt)}</Td>
                  <Td className="tabular-nums">{c._count.sheets || "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
