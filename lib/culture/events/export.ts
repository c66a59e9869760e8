// 导出 Excel of the 集体活动 list: the same query as the page
// (lib/culture/events/list.ts) — upcoming or past, keyword, order — streamed
// page by page, for everyone who has the list (culture.participate or
// culture.manage). The only personal columns are the viewer's own
// registration and attendance; who else registered is never in it.
import "server-only";

import { ATTENDANCE_STATUS_LABELS, type AttendanceStatus } from "../../attendance";
import { can } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session";
import { filterText } from "../../xlsx";
import type { XlsxExport } from "../../xlsx-route";
import { allEventRows, type EventRow } from "./list";
import { EVENT_TYPE_LABELS, EventListFilter, REGISTRATION_STATUS_LABELS } from "./schemas";

export async function exportGroupEvents(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!can(user.roles, "culture.participate") && !can(user.roles, "culture.manage")) return null;
  const f = EventListFilter.parse(Object.fromEntries(url.searchParams));
  const past = f.when === "past";
  const name = past ? "往期集体活动" : "即将举行的集体活动";
  return {
    action: "culture.events.export",
    objectType: "CultureEvent",
    objectId: "",
    fileName: name,
    filter: filterText({ 时间: past ? "往期活动" : "即将举行", 关键词: f.q }),
    sheets: [
      {
        name,
        title: name,
        rows: allEventRows(user, null, f),
        columns: [
          { header: "活动", value: (r: EventRow) => r.title },
          { header: "类型", value: (r: EventRow) => EVENT_TYPE_LABELS[r.type] ?? r.type },
          { header: "开始时间", value: (r: EventRow) => r.startsAt, format: "datetime" },
          { header: "地点", value: (r: EventRow) => r.location },
          { header: "名额", value: (r: EventRow) => r.capacity ?? "不限" },
          { header: "已报名", value: (r: EventRow) => r.registered, format: "int" },
          { header: "候补", value: (r: EventRow) => r.waiting, format: "int" },
          {
            header: "我的报名",
            value: (r: EventRow) =>
              r.mine && r.mine !== "CANCELLED" ? REGISTRATION_STATUS_LABELS[r.mine] : "未报名",
          },
          {
            header: "我的考勤",
            value: (r: EventRow) =>
              r.attendance ? ATTENDANCE_STATUS_LABELS[r.attendance as AttendanceStatus] : "",
          },
        ],
      },
    ],
  };
}
