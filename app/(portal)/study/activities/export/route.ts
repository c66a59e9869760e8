// 导出 Excel: the 学习活动 list, exactly as the viewer's filtered and sorted page shows it.
import { exportActivities } from "@/lib/study/activities/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "study.activity.list.export", objectType: "StudyActivity" },
  (user, url) => exportActivities(user, url),
);
