// 导出 Excel: the 会议 list, exactly as the viewer's filtered and sorted page shows it.
import { exportMeetings } from "@/lib/direction/meetings/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "direction.meeting.list.export", objectType: "Meeting" },
  (user, url) => exportMeetings(user, url),
);
