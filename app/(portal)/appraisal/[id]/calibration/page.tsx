import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { CalibrateForm } from "@/components/appraisal/calibrate-form";
import { DistributionTable } from "@/components/appraisal/distribution-table";
import { GRADE_TONES } from "@/components/appraisal/tones";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { GRADE_LABELS, type CycleState } from "@/lib/appraisal/labels";
import {
  getCycle,
  gradeDistribution,
  listCalibrationSheets,
  managesAppraisal,
} from "@/lib/appraisal/queries";
import { allows, isLocked } from "@/lib/appraisal/states";
import { requirePagePermission } from "@/lib/auth/session";
import { centiToInput, formatCenti } from "@/lib/scores";

export const metadata: Metadata = { title: "考评校准" };

export default async function AppraisalCalibrationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const user = await requirePagePermission(
    ["appraisal.read", "appraisal.manage"],
    "/appraisal/[id]/calibration",
  );
  const cycle = await getCycle(user, id);
  if (!cycle) notFound();
  const { dept } = await searchParams;
  const [dist, sheets] = await Promise.all([
    gradeDistribution(cycle.id),
    listCalibrationSheets(cycle.id, dept),
  ]);
  const state = cycle.status as CycleState;
  const editable = managesAppraisal(user) && allows(state, "calibrate");
  const base = `/appraisal/${id}`;
  const description = editable
    ? "调整总分须写明理由，调整前后的总分和等次保留在考评表上。"
    : isLocked(state)
      ? "结果已于公示时锁定，不能再校准；各次调整及理由见各考评表。"
      : state === "CALIBRATION"
        ? "各考评表与校准结果"
        : "打分结束、进入校准阶段后，政治处可在此调整总分。";
  return (
    <>
      <PageHeader
        title={`${cycle.title} · 校准`}
        description={description}
        actions={
          <ExportButton
            href={`/appraisal/${cycle.id}/export/sheets${dept ? `?dept=${encodeURIComponent(dept)}` : ""}`}
            label={dept ? "导出本部门结果" : "导出考评结果"}
          />
        }
      />
      <Card title="等次分布" className="mb-4">
        {cycle.snapshotAt ? (
          <DistributionTable
            all={dist.all}
            departments={dist.departments}
            target={dist.target}
            cap={dist.excellentCap}
          />
        ) : (
          <EmptyState
            title="结果尚未冻结"
            hint="打分结束、进入校准阶段后，这里显示各部门的等次分布；下表可打开各考评表查看实时得分。"
          />
        )}
      </Card>
      <Card title="个人考评结果">
        <nav aria-label="按部门筛选" className="mb-3 flex flex-wrap gap-2 text-sm">
          <Link
            href={`${base}/calibration`}
            aria-current={!dept ? "page" : undefined}
            className={!dept ? "font-semibold text-brand-700" : "text-slate-600 hover:underline"}
          >
            全院
          </Link>
          {dist.departments.map((d) => (
            <Link
              key={d.departmentId ?? ""}
              href={`${base}/calibration?dept=${d.departmentId ?? ""}`}
              aria-current={dept === d.departmentId ? "page" : undefined}
              className={
                dept === d.departmentId
                  ? "font-semibold text-brand-700"
                  : "text-slate-600 hover:underline"
              }
            >
              {d.departmentName}
            </Link>
          ))}
        </nav>
        {sheets.length === 0 ? (
          <EmptyState
            title={dept ? "该部门没有个人考评表" : "尚无个人考评表"}
            hint={cycle.launchedAt ? undefined : "启动打分时按当前人员生成考评表。"}
          />
        ) : (
          <Table caption="个人考评结果">
            <thead>
              <tr>
                <Th>全院名次</Th>
                <Th>姓名</Th>
                <Th>部门</Th>
                <Th>计算总分</Th>
                <Th>最终总分</Th>
                <Th>等次</Th>
                {editable ? <Th>校准</Th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {sheets.map((s) => (
                <tr key={s.id}>
                  <Td className="tabular-nums">{s.rankOverall ?? "—"}</Td>
                  <Td>
                    <Link
                      href={`${base}/sheets/${s.id}`}
                      className="text-brand-700 hover:underline"
                    >
                      {s.subjectName}
                    </Link>
                  </Td>
                  <Td>{s.departmentName}</Td>
                  <Td className="tabular-nums">{formatCenti(s.totalCenti)}</Td>
                  <Td className="tabular-nums">
                    {formatCenti(s.finalTotalCenti)}
                    {s._count.adjustments > 0 ? (
                      <span className="text-xs text-amber-700"> 已调整</span>
                    ) : null}
                  </Td>
                  <Td>
                    <StatusBadge status={s.finalGrade} labels={GRADE_LABELS} tones={GRADE_TONES} />
                  </Td>
                  {editable ? (
                    <Td className="min-w-64">
                      {s.finalTotalCenti === null ? (
                        "—"
                      ) : (
                        <details>
                          <summary className="cursor-pointer text-brand-700">调整总分</summary>
                          <CalibrateForm
                            sheetId={s.id}
                            name={s.subjectName}
                            current={centiToInput(s.finalTotalCenti)}
                          />
                        </details>
                      )}
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
