import Link from "next/link";

import { GRADE_TONES } from "@/components/appraisal/tones";
import { Badge, Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { STAGE_LABELS, type Stage } from "@/lib/appraisal/honours/schemas";
import { GRADE_LABELS } from "@/lib/appraisal/labels";
import type { HonourNominationView } from "@/lib/appraisal/queries";
import { formatDateTime } from "@/lib/format";
import { formatCenti } from "@/lib/scores";

import { ReviewForm } from "./review-form";
import { DECISION_LABELS, STAGE_TONES } from "./stage";

/** One nomination: the nominee's result, 事迹, evidence, each stage's opinion, and the review form for its reviewer. */
export function NominationCard({ n, cycleId }: { n: HonourNominationView; cycleId: string }) {
  const stage = n.stage as Stage;
  return (
    <Card
      id={`nomination-${n.id}`}
      title={
        <span className="flex flex-wrap items-center gap-2">
          <Link
            href={`/appraisal/${cycleId}/sheets/${n.sheetId}`}
            className="text-brand-700 hover:underline"
          >
            {n.nominee.realName}
          </Link>
          <span className="text-sm font-normal text-slate-500">{n.sheet.departmentName}</span>
          <StatusBadge status={n.stage} labels={STAGE_LABELS} tones={STAGE_TONES} />
        </span>
      }
    >
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500">
        <StatusBadge status={n.sheet.finalGrade} labels={GRADE_LABELS} tones={GRADE_TONES} />
        <span>总分 {formatCenti(n.sheet.finalTotalCenti)}</span>
        <span>
          全院第 {n.sheet.rankOverall ?? "—"} 名 · 部门第 {n.sheet.rankInDept ?? "—"} 名
        </span>
        <span>
          {n.nominatedBy.realName} 推荐于 {formatDateTime(n.createdAt)}
        </span>
      </p>
      <h3 className="mt-3 text-sm font-semibold text-slate-700">主要事迹</h3>
      <p className="mt-1 text-sm whitespace-pre-wrap text-slate-800">{n.deeds}</p>
      {n.evidence.length > 0 ? (
        <>
          <h3 className="mt-3 text-sm font-semibold text-slate-700">事迹材料</h3>
          <ul className="mt-1 list-inside list-disc text-sm">
            {n.evidence.map((l, i) => (
              <li key={i}>
                <Link href={l.href} className="text-brand-700 hover:underline">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3 className="mt-3 text-sm font-semibold text-slate-700">审核记录</h3>
      {n.reviews.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500">尚无审核意见，等待{STAGE_LABELS[stage]}。</p>
      ) : (
        <ol className="mt-1 space-y-2" aria-label={`${n.nominee.realName}的审核记录`}>
          {n.reviews.map((r) => (
            <li key={r.id} className="rounded-md bg-slate-50 px-3 py-2 text-sm">
              <p className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                <span className="font-medium text-slate-700">
                  {STAGE_LABELS[r.stage as Stage] ?? r.stage}
                </span>
                <Badge tone={r.decision === "PASS" ? "green" : "red"}>
                  {DECISION_LABELS[r.decision] ?? r.decision}
                </Badge>
                <span>
                  {r.reviewer.realName} · {formatDateTime(r.createdAt)}
                </span>
              </p>
              {r.opinion ? <p className="mt-1 whitespace-pre-wrap">{r.opinion}</p> : null}
            </li>
          ))}
        </ol>
      )}
      {stage === "APPROVED" ? (
        <p className="mt-3 flex flex-wrap gap-4 text-sm">
          {n.conductRecordId ? (
            <Link href={`/conduct/${n.conductRecordId}`} className="text-brand-700 hover:underline">
              查看表彰记录
            </Link>
          ) : null}
          <Link href="/conduct/honours" className="text-brand-700 hover:underline">
            荣誉墙
          </Link>
        </p>
      ) : null}
      {n.reviewable ? (
        <div className="mt-3 border-t border-slate-100 pt-3">
          <ReviewForm
            nominationId={n.id}
            nominee={n.nominee.realName}
            stageLabel={STAGE_LABELS[stage]}
          />
        </div>
      ) : null}
    </Card>
  );
}
