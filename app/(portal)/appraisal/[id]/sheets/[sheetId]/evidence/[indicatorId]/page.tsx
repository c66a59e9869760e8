import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { EvidenceGroups } from "@/components/appraisal/evidence-groups";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { getSheetEvidence } from "@/lib/appraisal/queries";
import { AUTO_RULES, type AutoRuleKey } from "@/lib/appraisal/rules";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { formatCenti } from "@/lib/scores";

export const metadata: Metadata = { title: "考评依据" };

export default async function AppraisalEvidencePage({
  params,
}: {
  params: Promise<{ id: string; sheetId: string; indicatorId: string }>;
}) {
  const { id, sheetId, indicatorId } = await params;
  const user = await requirePagePermission(
    ["appraisal.score", "appraisal.read"],
    "/appraisal/[id]/sheets/[sheetId]/evidence/[indicatorId]",
  );
  const ev = await getSheetEvidence(user, id, sheetId, indicatorId);
  if (!ev) notFound();
  const rule = AUTO_RULES[ev.indicator.rule as AutoRuleKey];
  const back = `/appraisal/${id}/sheets/${sheetId}`;
  return (
    <>
      <PageHeader
        title={`${ev.sheet.subjectName} · ${ev.indicator.name} · 依据记录`}
        description={
          ev.autoAsOf
            ? `按当前记录计算，统计截至 ${formatDateTime(ev.autoAsOf)}（至多每分钟更新一次）`
            : "进入校准时冻结的依据记录"
        }
        actions={
          <Link href={back} className={buttonClass.secondary}>
            返回考评表
          </Link>
        }
      />
      <Card title="得分与公式" className="mb-4">
        <dl className="space-y-2 text-sm">
          <div className="flex items-center gap-2">
            <dt className="text-slate-500">得分</dt>
            <dd className="text-lg font-semibold tabular-nums">
              {ev.cell.kind === "SCORED" ? formatCenti(ev.cell.centi) : <Badge>不适用</Badge>}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">公式（{rule?.label}）</dt>
            <dd>{rule?.formula}</dd>
          </div>
          {ev.cell.detail ? (
            <div>
              <dt className="text-slate-500">计算</dt>
              <dd className="font-medium">{ev.cell.detail}</dd>
            </div>
          ) : null}
        </dl>
      </Card>
      <EvidenceGroups groups={ev.groups} />
    </>
  );
}
