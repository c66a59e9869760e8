import type { Metadata } from "next";
import Link from "next/link";

import { CreateCycleForm } from "@/components/appraisal/create-cycle-form";
import { CYCLE_STATE_TONES } from "@/components/appraisal/tones";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td } from "@/components/ui/table";
import { cycleSortOf, listCyclePage } from "@/lib/appraisal/cycles/list";
import { CycleListFilter } from "@/lib/appraisal/cycles/schemas";
import { CYCLE_STATE_LABELS, CYCLE_STATES } from "@/lib/appraisal/labels";
import { periodLabel } from "@/lib/appraisal/period";
import { listCycles, listTemplates, managesAppraisal } from "@/lib/appraisal/queries";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { shanghaiYear } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { withParams } from "@/lib/list-sort";

export const metadata: Metadata = { title: "绩效考评" };

export default async function AppraisalPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(
    ["appraisal.score", "appraisal.read", "appraisal.manage"],
    "/appraisal",
  );
  const params = await searchParams;
  const f = CycleListFilter.parse(params);
  const sortable = { sort: cycleSortOf(f), basePath: "/appraisal", params };
  const filtered = Boolean(f.q || f.status);
  const manager = managesAppraisal(user);
  const [data, cycles, templates] = await Promise.all([
    listCyclePage(user, f),
    manager ? listCycles(user) : Promise.resolve([]),
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
        <FilterBar
          label="筛选考评周期"
          clearHref="/appraisal"
          columns={3}
          hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
        >
          <FilterInput label="关键词" name="q" type="search" value={f.q} placeholder="周期名称" />
          <FilterSelect
            label="阶段"
            name="status"
            value={f.status}
            options={CYCLE_STATES.map((s) => ({ value: s, label: CYCLE_STATE_LABELS[s] }))}
          />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 个考评周期</span>
          {can(user.roles, "appraisal.read") && data.total > 0 ? (
            <ExportButton href={`/appraisal/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {data.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "没有符合条件的考评周期" : "暂无考评周期"}
            hint={
              filtered
                ? "请调整或清除筛选条件。"
                : manager
                  ? "从考评模板或往年周期新建一个。"
                  : "考评启动后，您的考评表和评分任务会出现在这里。"
            }
          />
        ) : (
          <Table caption="考评周期">
            <thead>
              <tr>
                <SortTh label="周期" column="title" {...sortable} />
                <SortTh label="考评期" column="year" {...sortable} />
                <SortTh label="阶段" column="status" {...sortable} />
                <SortTh label="评分截止" column="scoringDueAt" {...sortable} />
                <SortTh label="公示截止" column="publicityEndsAt" {...sortable} />
                <SortTh label="考评表" column="sheets" {...sortable} />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((c) => (
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
        <Pagination
          page={f.page}
          pages={data.pages}
          total={data.total}
          basePath="/appraisal"
          params={{ q: f.q, status: f.status, sort: f.sort, dir: f.dir }}
        />
      </Card>
    </>
  );
}
