import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { AnswerObjectionForm } from "@/components/appraisal/answer-objection-form";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { GRADE_LABELS, type CycleState, type Grade } from "@/lib/appraisal/labels";
import { getCycle, listObjections, managesAppraisal } from "@/lib/appraisal/queries";
import { allows, isLocked } from "@/lib/appraisal/states";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { centiToInput, formatCenti } from "@/lib/scores";

export const metadata: Metadata = { title: "异议处理" };

const STATUS: Record<string, string> = { PENDING: "待答复", UPHELD: "维持", ADJUSTED: "已调整" };

const withGrade = (centi: number | null, grade: string | null) =>
  `${formatCenti(centi)}${grade ? `（${GRADE_LABELS[grade as Grade] ?? grade}）` : ""}`;

export default async function AppraisalObjectionsPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const user = await requirePagePermission(
    ["appraisal.read", "appraisal.manage"],
    "/appraisal/[id]/objections",
  );
  const cycle = await getCycle(user, id);
  if (!cycle) notFound();
  const rows = await listObjections(cycle.id);
  const answering = managesAppraisal(user) && allows(cycle.status as CycleState, "answerObjection");
  const pending = rows.filter((r) => r.status === "PENDING").length;
  return (
    <>
      <PageHeader
        title={`${cycle.title} · 异议处理`}
        description={
          rows.length === 0
            ? undefined
            : pending > 0
              ? `共 ${rows.length} 件，待答复 ${pending} 件；全部答复后方可归档。`
              : `共 ${rows.length} 件，均已答复。`
        }
        actions={
          rows.length > 0 ? (
            <ExportButton href={`/appraisal/${cycle.id}/export/objections`} label="导出异议" />
          ) : null
        }
      />
      {rows.length === 0 ? (
        <EmptyState
          title="暂无异议"
          hint={
            isLocked(cycle.status as CycleState)
              ? undefined
              : "结果公示后，被考评人可在公示期内对本人考评表提出一次异议。"
          }
        />
      ) : (
        <ul className="space-y-4">
          {rows.map((o) => (
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
    </>
  );
}
