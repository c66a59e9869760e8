// 导出 Excel of a round's published list (/quota/[id]/publicity): for the
// same viewers as the page (staff and 政治处), once published; the same list
// (公示 or 已入额), keyword and order (lib/quota/publicity-list.ts). Exactly
// the page's columns — rank, name, department, total — never component scores.
import "server-only";

import type { SessionUser } from "../auth/session";
import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import {
  allPublicityRows,
  publicityViewOf,
  seesPublicity,
  type PublicityRow as Row,
} from "./publicity-list";
import { getRound } from "./queries";
import { PublicityFilter, type PublicityView } from "./schemas";

export const PUBLICITY_VIEW_LABELS: Record<PublicityView, string> = {
  PUBLICITY: "公示名单",
  ADMITTED: "已入额名单",
};

export async function exportPublicity(
  user: SessionUser,
  url: URL,
  { id }: { id: string },
): Promise<XlsxExport | null> {
  if (!seesPublicity(user)) return null;
  const round = await getRound(id);
  if (!round?.publishedAt) return null;
  const f = PublicityFilter.parse(Object.fromEntries(url.searchParams));
  const view = publicityViewOf(f, round.counts);
  const label = PUBLICITY_VIEW_LABELS[view];
  return {
    action: "quota.publicity.export",
    objectType: "QuotaRound",
    objectId: round.id,
    fileName: `${round.title}-${label}`,
    filter: filterText({ 名单: label, 关键词: f.q }),
    sheets: [
      {
        name: label,
        title: `${round.title} ${label}`,
        rows: allPublicityRows(round.id, view, f),
        columns: [
          { header: "排名", value: (r: Row) => r.rank, format: "int" },
          { header: "姓名", value: (r: Row) => r.user.realName },
          { header: "部门", value: (r: Row) => r.user.department?.name },
          { header: "总成绩", value: (r: Row) => r.totalCenti, format: "centi" },
        ],
      },
    ],
  };
}
