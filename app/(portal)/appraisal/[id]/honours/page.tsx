import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { OpenBatchForm } from "@/components/appraisal/honours/open-batch-form";
import { STAGE_TONES } from "@/components/appraisal/honours/stage";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { BATCH_STATUS_LABELS } from "@/lib/appraisal/exports/honours";
import { honourBatchSortOf, listHonourBatchRows } from "@/lib/appraisal/honours/batch-list";
import { HonourBatchFilter, STAGE_LABELS } from "@/lib/appraisal/honours/schemas";
import { GRADE_LABELS, type CycleState, type Grade } from "@/lib/appraisal/labels";
import {
  getCycle,
  honourScope,
  listNominationsAwaiting,
  managesAppraisal,
} from "@/lib/appraisal/queries";
import { allows, refusal } from "@/lib/appraisal/states";
import { requirePagePermission } from "@/lib/auth/session";
import { LEVEL_LABELS } from "@/lib/conduct/queries";
import { formatDate } from "@/lib/format";
import { withParams } from "@/lib/list-sort";

export const metadata: Metadata = { title: "评先评优" };

const level = (l: string) => LEVEL_LABELS[l as keyof typeof LEVEL_LABELS] ?? l;

export default async function AppraisalHonoursPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const f = HonourBatchFilter.parse(sp);
  const user = await requirePagePermission("appraisal.score", "/appraisal/[id]/honours");
  const scope = await honourScope(user);
  if (!scope) notFound();
  const cycle = await getCycle(user, id);
  if (!cycle) notFound();
  const [batches, awaiting] = await Promise.all([
    listHonourBatchRows(scope, cycle.id, f),
    listNominationsAwaiting(scope, cycle.id),
  ]);
  const state = cycle.status as CycleState;
  const manages = managesAppraisal(user);
  const canOpen = manages && allows(state, "openHonours");
  const base = `/appraisal/${cycle.id}/honours`;
  const sortable = { sort: honourBatchSortOf(f), basePath: base, params: sp };
  const filtered = Boolean(f.q || f.status);
  return (
    <>
      <PageHeader
        title={`${cycle.title} · 评先评优`}
        description="政治处依据归档的考评排名开启评先评优；部门推荐，经部门、政治处、党组逐级审核，批准后记入履职表现并上荣誉墙。"
      />
      {awaiting.length > 0 ? (
        <Card title={`待我审核（${awaiting.length}）`} className="mb-4">
          <ul className="divide-y divide-slate-100 text-sm">
            {awaiting.map((n) => (
              <li key={n.id} className="flex flex-wrap items-center gap-2 py-2">
                <Link
                  href={`${base}/${n.batch.id}#nomination-${n.id}`}
                  className="text-brand-700 hover:underline"
                >
                  {n.nominee.realName}
                </Link>
                <span className="text-slate-500">{n.sheet.departmentName}</span>
                <span className="text-slate-600">
                  {n.batch.title}（{n.batch.honourTitle}）
                </span>
                <StatusBadge status={n.stage} labels={STAGE_LABELS} tones={STAGE_TONES} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card title="评先评优批次" className="mb-4">
        <FilterBar
          label="筛选评先评优批次"
          clearHref={base}
          columns={3}
          hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
        >
          <FilterInput
            label="关键词"
            name="q"
            type="search"
            value={f.q}
            placeholder="批次或荣誉称号"
          />
          <FilterSelect label="状态" name="status" value={f.status} options={BATCH_STATUS_LABELS} />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {batches.length} 个批次</span>
          {batches.length > 0 ? (
            <ExportButton href={`${base}/export${withParams(sp, {})}`} />
          ) : null}
        </div>
        {batches.length === 0 && filtered ? (
          <EmptyState title="没有符合条件的批次" hint="请调整或清除筛选条件。" />
        ) : batches.length === 0 ? (
          <EmptyState
            title="本周期尚未开启评先评优"
            hint={
              manages
                ? canOpen
                  ? "在下方“开启评先评优”中填写荣誉称号、名额和可推荐的考评等次；开启后，部门负责人即可从考评结果中推荐本部门人员。"
                  : "考评周期归档后，政治处可在此依据考评排名开启评先评优。"
                : "政治处开启评先评优批次后，部门负责人可在此推荐本部门符合条件的人员，并审核本部门的推荐。"
            }
          />
        ) : (
          <Table caption="评先评优批次">
            <thead>
              <tr>
                <SortTh label="批次" column="title" {...sortable} />
                <SortTh label="称号" column="honourTitle" {...sortable} />
                <SortTh label="级别" column="level" {...sortable} />
                <Th>可推荐等次</Th>
                <Th>名额（已用/总数）</Th>
                <Th>{scope.office ? "推荐" : "可见推荐"}</Th>
                <SortTh label="状态" column="status" {...sortable} />
                <SortTh label="开启" column="createdAt" {...sortable} />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {batches.map((b) => (
                <tr key={b.id}>
                  <Td>
                    <Link href={`${base}/${b.id}`} className="text-brand-700 hover:underline">
                      {b.title}
                    </Link>
                  </Td>
                  <Td>{b.honourTitle}</Td>
                  <Td>{level(b.level)}</Td>
                  <Td>{b.eligibleGrades.map((g) => GRADE_LABELS[g as Grade] ?? g).join("、")}</Td>
                  <Td className="tabular-nums">
                    {b.used} / {b.quota}
                  </Td>
                  <Td className="tabular-nums">{b.visibleNominations}</Td>
                  <Td>
                    <Badge tone={b.status === "OPEN" ? "blue" : "gray"}>
                      {b.status === "OPEN" ? "推荐中" : "已结束"}
                    </Badge>
                  </Td>
                  <Td className="whitespace-nowrap text-slate-500">
                    {formatDate(b.createdAt)} · {b.createdBy.realName}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      {manages ? (
        <Card title="开启评先评优">
          {canOpen ? (
            <OpenBatchForm
              cycleId={cycle.id}
              levels={Object.entries(LEVEL_LABELS).map(([value, label]) => ({ value, label }))}
            />
          ) : (
            <p className="text-sm text-slate-600">{refusal(state, "openHonours")}</p>
          )}
        </Card>
      ) : null}
    </>
  );
}
