// 导出 Excel of an event list — the 集体活动, or one club's 社团活动 — with the
// same query as the page (lib/culture/events/list.ts): upcoming or past,
// keyword, order, streamed page by page, for everyone who has the list
// (culture.participate or culture.manage); a club that does not exist is a
// 404. The only personal columns are the viewer's own registration and
// attendance; who else registered is never in it.
import "server-only";

import { ATTENDANCE_STATUS_LABELS, type AttendanceStatus } from "../../attendance";
import { can } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session";
import { db } from "../../db";
import { filterText, type XlsxColumn } from "../../xlsx";
import type { XlsxExport } from "../../xlsx-route";
import { allEventRows, type EventRow } from "./list";
import { EVENT_TYPE_LABELS, EventListFilter, REGISTRATION_STATUS_LABELS } from "./schemas";

const COLUMNS: XlsxColumn<EventRow>[] = [
  { header: "活动", value: (r) => r.title },
  { header: "类型", value: (r) => EVENT_TYPE_LABELS[r.type] ?? r.type },
  { header: "开始时间", value: (r) => r.startsAt, format: "datetime" },
  { header: "地点", value: (r) => r.location },
  { header: "名额", value: (r) => r.capacity ?? "不限" },
  { header: "已报名", value: (r) => r.registered, format: "int" },
  { header: "候补", value: (r) => r.waiting, format: "int" },
  {
    header: "我的报名",
    value: (r) =>
      r.mine && r.mine !== "CANCELLED" ? REGISTRATION_STATUS_LABELS[r.mine] : "未报名",
  },
  {
    header: "我的考勤",
    value: (r) => (r.attendance ? ATTENDANCE_STATUS_LABELS[r.attendance as AttendanceStatus] : ""),
  },
];

const hasEvents = (user: SessionUser) =>
  can(user.roles, "culture.participate") || can(user.roles, "culture.manage");

function eventsExport(
  user: SessionUser,
  f: EventListFilter,
  target: { action: string; objectType: string; objectId: string; clubId: string | null },
  name: string,
): XlsxExport {
  return {
    action: target.action,
    objectType: target.objectType,
    objectId: target.objectId,
    fileName: name,
    filter: filterText({ 时间: f.when === "past" ? "往期活动" : "即将举行", 关键词: f.q }),
    sheets: [{ name, title: name, rows: allEventRows(user, target.clubId, f), columns: COLUMNS }],
  };
}

export async function exportGroupEvents(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!hasEvents(user)) return null;
  const f = EventListFilter.parse(Object.fromEntries(url.searchParams));
  const target = {
    action: "culture.events.export",
    objectType: "CultureEvent",
    objectId: "",
    clubId: null,
  };
  return eventsExport(user, f, target, f.when === "past" ? "往期集体活动" : "即将举行的集体活动");
}

/** One club's events (the 社团活动 table of /culture/clubs/[id]). */
export async function exportClubEvents(
  user: SessionUser,
  url: URL,
  clubId: string,
): Promise<XlsxExport | null> {
  if (!hasEvents(user)) return null;
  const club = await db.club.findUnique({
    where: { id: clubId },
    select: { id: true, name: true },
  });
  if (!club) return null;
  const f = EventListFilter.parse(Object.fromEntries(url.searchParams));
  const target = {
    action: "culture.club.events.export",
    objectType: "Club",
    objectId: club.id,
    clubId: club.id,
  };
  return eventsExport(user, f, target, `${club.name}-${f.when === "past" ? "往期" : ""}社团活动`);
}
