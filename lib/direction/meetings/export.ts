// 导出 Excel of the 会议 list: the same query as the page
// (lib/direction/meetings/list.ts), with the same year, type, keyword, ?mine=
// and order, streamed page by page. The meeting's heading only: never the
// minutes or the decisions.
import "server-only";

import type { SessionUser } from "../../auth/session";
import { filterText } from "../../xlsx";
import type { XlsxExport } from "../../xlsx-route";
import { readsDirection } from "../deployments/list";
import { meetingTypeLabel } from "../labels";
import { allMeetingRows, type MeetingRow } from "./list";
import { MeetingListFilter } from "./schemas";

export async function exportMeetings(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!readsDirection(user)) return null;
  const f = MeetingListFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "direction.meeting.list.export",
    objectType: "Meeting",
    objectId: "",
    fileName: "会议",
    filter: filterText({
      年度: f.year ? `${f.year} 年` : undefined,
      会议类型: f.type ? meetingTypeLabel(f.type) : undefined,
      关键词: f.q,
      范围: f.mine ? "我参加的会议" : undefined,
    }),
    sheets: [
      {
        name: "会议",
        title: "会议",
        rows: allMeetingRows(user, f),
        columns: [
          { header: "会议日期", value: (r: MeetingRow) => r.heldAt, format: "date" },
          { header: "会议类型", value: (r: MeetingRow) => meetingTypeLabel(r.type) },
          { header: "会议名称", value: (r: MeetingRow) => r.title },
          { header: "参会人数", value: (r: MeetingRow) => r._count.attendees, format: "int" },
          {
            header: "部署事项数",
            value: (r: MeetingRow) => r._count.deployments,
            format: "int",
          },
        ],
      },
    ],
  };
}
