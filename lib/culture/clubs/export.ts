// 导出 Excel of the club list (社团): the same query as the page (list.ts) —
// keyword, order — streamed page by page, for everyone who has the clubs
// (culture.participate or culture.manage); anyone else gets 404. The file
// holds what a card shows; the only personal column is the viewer's own
// standing, never who else asked to join.
import "server-only";

import { can } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session";
import { filterText, type XlsxColumn } from "../../xlsx";
import type { XlsxExport } from "../../xlsx-route";
import { allClubRows, type ClubRow } from "./list";
import { ClubListFilter, MEMBER_STATUS_LABELS } from "./schemas";

const COLUMNS: XlsxColumn<ClubRow>[] = [
  { header: "社团", value: (r) => r.name },
  { header: "成立日期", value: (r) => r.foundedOn, format: "date" },
  { header: "在册成员", value: (r) => r.members, format: "int" },
  { header: "社团活动", value: (r) => r.events, format: "int" },
  { header: "负责人", value: (r) => r.officers.join("、") },
  {
    header: "我的状态",
    value: (r) => (r.mine && r.mine !== "LEFT" ? MEMBER_STATUS_LABELS[r.mine] : ""),
  },
];

export async function exportClubs(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!can(user.roles, "culture.participate") && !can(user.roles, "culture.manage")) return null;
  const f = ClubListFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "culture.clubs.export",
    objectType: "Club",
    objectId: "",
    fileName: "社团",
    filter: filterText({ 关键词: f.q }),
    sheets: [{ name: "社团", title: "社团", rows: allClubRows(user, f), columns: COLUMNS }],
  };
}
