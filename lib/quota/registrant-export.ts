// 导出 Excel of a round's registrant list (/quota/[id]): 政治处 only, as the
// table on the page; the same query (lib/quota/registrant-list.ts), keyword
// and order, streamed page by page. Totals, ranks and outcomes as the table
// shows them; never component scores.
import "server-only";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { outcomeLabel } from "./labels";
import { allRegistrantRows, type RegistrantRow } from "./registrant-list";
import { RegistrantFilter } from "./schemas";

export async function exportQuotaRegistrants(
  user: SessionUser,
  url: URL,
  { id }: { id: string },
): Promise<XlsxExport | null> {
  if (!can(user.roles, "quota.manage")) return null;
  const round = await db.quotaRound.findUnique({
    where: { id },
    select: { id: true, title: true, _count: { select: { components: true } } },
  });
  if (!round) return null;
  const f = RegistrantFilter.parse(Object.fromEntries(url.searchParams));
  const k = round._count.components;
  return {
    action: "quota.registrants.export",
    objectType: "QuotaRound",
    objectId: round.id,
    fileName: `${round.title}-报名人员`,
    filter: filterText({ 关键词: f.q }),
    sheets: [
      {
        name: "报名人员",
        title: `${round.title} 报名人员`,
        rows: allRegistrantRows(round.id, f),
        columns: [
          { header: "排名", value: (r: RegistrantRow) => r.rank, format: "int" },
          { header: "姓名", value: (r: RegistrantRow) => r.user.realName },
          { header: "职务", value: (r: RegistrantRow) => r.user.position },
          { header: "部门", value: (r: RegistrantRow) => r.user.department?.name },
          { header: "报名时间", value: (r: RegistrantRow) => r.registeredAt, format: "datetime" },
          { header: "已录成绩", value: (r: RegistrantRow) => `${r._count.scores} / ${k}` },
          { header: "总成绩", value: (r: RegistrantRow) => r.totalCenti, format: "centi" },
          { header: "结果", value: (r: RegistrantRow) => outcomeLabel(r.outcome) },
        ],
      },
    ],
  };
}
