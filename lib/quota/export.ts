// 导出 Excel of the 入额遴选 round list: the same query as the page
// (lib/quota/list.ts), with the same keyword, ?mine= and order, streamed page
// by page. The 我的报名 columns hold the exporting viewer's own registration
// only, as the page does; nobody else's outcome, rank or score.
import "server-only";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { outcomeLabel } from "./labels";
import { allRoundRows, type RoundRow } from "./list";
import { PHASE_LABELS, roundPhase } from "./rules";
import { QuotaRoundFilter } from "./schemas";

/** Who has the /quota page: registrants-to-be and 政治处. */
export const seesQuotaRounds = (roles: SessionUser["roles"]) =>
  can(roles, "quota.register") || can(roles, "quota.manage");

export async function exportQuotaRounds(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!seesQuotaRounds(user.roles)) return null;
  const f = QuotaRoundFilter.parse(Object.fromEntries(url.searchParams));
  const now = new Date();
  return {
    action: "quota.round.list.export",
    objectType: "QuotaRound",
    objectId: "",
    fileName: "入额遴选",
    filter: filterText({ 关键词: f.q, 范围: f.mine ? "我报名的遴选" : undefined }),
    sheets: [
      {
        name: "入额遴选",
        title: "入额遴选",
        rows: allRoundRows(user, f),
        columns: [
          { header: "遴选名称", value: (r: RoundRow) => r.title },
          { header: "阶段", value: (r: RoundRow) => PHASE_LABELS[roundPhase(r, now)] },
          { header: "员额", value: (r: RoundRow) => r.places, format: "int" },
          { header: "报名开始", value: (r: RoundRow) => r.registrationOpensAt, format: "date" },
          { header: "报名截止", value: (r: RoundRow) => r.registrationClosesAt, format: "date" },
          { header: "已报名人数", value: (r: RoundRow) => r._count.registrations, format: "int" },
          { header: "公示开始", value: (r: RoundRow) => r.publicityStartsOn, format: "date" },
          { header: "公示截止", value: (r: RoundRow) => r.publicityEndsOn, format: "date" },
          {
            header: "我的报名",
            value: (r: RoundRow) => (r.mine ? outcomeLabel(r.mine.outcome) : ""),
          },
          { header: "我的排名", value: (r: RoundRow) => r.mine?.rank, format: "int" },
          { header: "我的总成绩", value: (r: RoundRow) => r.mine?.totalCenti, format: "centi" },
        ],
      },
    ],
  };
}
