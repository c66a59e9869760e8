import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { AnswerObjectionForm } from "@/components/appraisal/answer-objection-form";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortLinks } from "@/components/ui/sort-links";
import { GRADE_LABELS, type CycleState, type Grade } from "@/lib/appraisal/labels";
import {
  countObjections,
  getCycle,
  listObjections,
  managesAppraisal,
  objectionSortOf,
} from "@/lib/appraisal/queries";
import { OBJECTION_STATUS_LABELS, ObjectionListFilter } from "@/lib/appraisal/review/schemas";
import { allows, isLocked } from "@/lib/appraisal/states";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { withParams } from "@/lib/list-sort";
import { centiToInput, formatCenti } from "@/lib/scores";

export const metadata: Metadata = { title: "异议处理" };

const STATUS: Record<string, string> = { PENDING: "待答复", UPHELD: "维持", ADJUSTED: "已调整" };

const SORTS = [
  { column: "answeredAt", label: "答复状态" },
  { column: "filedAt", label: "提出时间" },
  { column: "subjectName", label: "姓名" },
  { column: "departmentName", label: "部门" },
] as const;

const withGrade = (centi: number | null, grade: string | null) =>
  `${formatCenti(centi)}${grade ? `（${GRADE_LABELS[grade as Grade] ?? grade}）` : ""}`;

export default async function AppraisalObjectionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const user = await requirePagePermission(
    ["appraisal.read", "appraisal.manage"],
    "/appraisal/[id]/objections",
  );
  const cycle = await getCycle(user, id);
  if (!cycle) notFound();
  const filter = ObjectionListFilter.parse(await searchParams);
  const query = { q: filter.q, status: filter.status, sort: filter.sort, dir: filter.dir };
  const basePath = `/appraisal/${cycle.id}/objections`;
  const [{ all, pending }, data] = await Promise.all([
    countObjections(user, cycle.id),
    listObjections(user, cycle.id, filter),
  ]);
  const answering = managesAppraisal(user) && allows(cycle.status as CycleState, "answerObjection");
  return (
    <>
      <PageHeader
        title={`${cycle.title} · 异议处理`}
        description={
          all === 0
            ? undefined
            : pending > 0
              ? `共 ${all} 件，待答复 ${pending} 件；全部答复后方可归档。`
              : `共 ${all} 件，均已答复。`
        }
      />
      {all > 0 ? (
        <div className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <FilterBar
            label="筛选异议"
            clearHref={basePath}
            hidden={{ sort: filter.sort ?? "", dir: filter.dir ?? "" }}
          >
            <FilterInput
              label="关键词"
              name="q"
              type="search"
              value={filter.q}
              placeholder="姓名或部门"
            />
            <FilterSelect
              label="状态"
              name="status"
              value={filter.status}
              options={OBJECTION_STATUS_LABELS}
            />
          </FilterBar>
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
            <SortLinks
              columns={SORTS}
              sort={objectionSortOf(filter)}
              basePath={basePath}
              params={query}
            />
            <span className="flex items-center gap-3">
              符合条件 {data.total} 件
              {data.total > 0 ? (
                <ExportButton
                  href={`/appraisal/${cycle.id}/export/objections${withParams(query, {})}`}
                />
              ) : null}
            </span>
          </div>
        </div>
      ) : null}
      {data.rows.length === 0 ? (
        <EmptyState
          title={all > 0 ? "没有符合条件的异议" : "暂无异议"}
          hint={
            all > 0 || isLocked(cycle.status as CycleState)
              ? undefined
              : "结果公示后，被考评人可在公示期内对本人考评表提出一次异议。"
          }
        />
      ) : (
        <ul className="space-y-4">
          {data.rows.map((o) => (
            <li key={o.id}>
              <Card
                title={
                  <span className="flex flex-wrap items-center gap-2">
                    <Link
                      href={`/appraisal/${id}/sheets/${o.sheet.id}`}
                      className="text-brand-700 hover:underline"
                    >
                      {o.sheet.subjectName}
                    </Link>
                    <span className="text-sm font-normal text-slate-500">
                      {o.sheet.departmentName}
                    </span>
                    <Badge tone={o.status === "PENDING" ? "amber" : "green"}>
                      {STATUS[o.status] ?? o.status}
                    </Badge>
                  </span>
                }
              >
                <p className="text-xs text-slate-500">
                  提出于 {formatDateTime(o.filedAt)} · 当前总分{" "}
                  {withGrade(o.sheet.finalTotalCenti, o.sheet.finalGrade)}
                </p>
                <p className="mt-2 text-sm whitespace-pre-wrap">{o.body}</p>
                {o.status !== "PENDING" ? (
                  <div className="mt-3 rounded-md bg-slate-50 px-3 py-2 text-sm">
                    <p className="text-xs text-slate-500">答复（{formatDateTime(o.answeredAt)}）</p>
                    <p className="whitespace-pre-wrap">{o.answer}</p>
                    {o.status === "ADJUSTED" && o.sheet.adjustments[0] ? (
                      <p className="mt-1 text-xs text-slate-600 tabular-nums">
                        调整：
                        {withGrade(
                          o.sheet.adjustments[0].beforeCenti,
                          o.sheet.adjustments[0].beforeGrade,
                        )}{" "}
                        →{" "}
                        {withGrade(
                          o.sheet.adjustments[0].afterCenti,
                          o.sheet.adjustments[0].afterGrade,
                        )}
                      </p>
                    ) : null}
                  </div>
                ) : answering ? (
                  <div className="mt-3 border-t border-slate-100 pt-3">
                    <AnswerObjectionForm
                      objectionId={o.id}
                      current={centiToInput(o.sheet.finalTotalCenti)}
                    />
                  </div>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={filter.page}
        pages={data.pages}
        total={data.total}
        basePath={basePath}
        params={query}
      />
    </>
  );
}
