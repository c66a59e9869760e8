// 导出 Excel of a cycle's 评先评优 batches (/appraisal/[id]/honours): for the
// page's viewers only (appraisal.score with a part in 评先评优: 政治处, 院领导,
// a head by post), the same rows, filter and order, and the nominations each
// viewer's scope reads — never more than their page shows.
import "server-only";

import { can } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session";
import { LEVEL_LABELS } from "../../conduct/queries";
import { filterText } from "../../xlsx";
import type { XlsxExport } from "../../xlsx-route";
import { listHonourBatchRows } from "../honours/batch-list";
import { honourScope, type HonourBatchRow as Row } from "../honours/queries";
import { HonourBatchFilter } from "../honours/schemas";
import { GRADE_LABELS, type Grade } from "../labels";
import { getCycle } from "../queries";

export const BATCH_STATUS_LABELS: Record<string, string> = { OPEN: "推荐中", CLOSED: "已结束" };

export async function exportHonourBatches(
  user: SessionUser,
  url: URL,
  { id }: { id: string },
): Promise<XlsxExport | null> {
  if (!can(user.roles, "appraisal.score")) return null;
  const scope = await honourScope(user);
  if (!scope) return null;
  const cycle = await getCycle(user, id);
  if (!cycle) return null;
  const f = HonourBatchFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "appraisal.honours.export",
    objectType: "AppraisalCycle",
    objectId: cycle.id,
    fileName: `${cycle.title}-评先评优批次`,
    filter: filterText({
      状态: f.status ? BATCH_STATUS_LABELS[f.status] : undefined,
      关键词: f.q,
    }),
    sheets: [
      {
        name: "评先评优批次",
        title: `${cycle.title} · 评先评优批次`,
        rows: await listHonourBatchRows(scope, cycle.id, f),
        columns: [
          { header: "批次", value: (b: Row) => b.title },
          { header: "荣誉称号", value: (b: Row) => b.honourTitle },
          {
            header: "级别",
            value: (b: Row) => LEVEL_LABELS[b.level as keyof typeof LEVEL_LABELS] ?? b.level,
          },
          {
            header: "可推荐等次",
            value: (b: Row) =>
              b.eligibleGrades.map((g) => GRADE_LABELS[g as Grade] ?? g).join("、"),
          },
          { header: "已用名额", value: (b: Row) => b.used, format: "int" },
          { header: "名额", value: (b: Row) => b.quota, format: "int" },
          {
            header: scope.office ? "推荐" : "可见推荐",
            value: (b: Row) => b.visibleNominations,
            format: "int",
          },
          { header: "状态", value: (b: Row) => BATCH_STATUS_LABELS[b.status] ?? b.status },
          { header: "开启时间", value: (b: Row) => b.createdAt, format: "date" },
          { header: "开启人", value: (b: Row) => b.createdBy.realName },
        ],
      },
    ],
  };
}
