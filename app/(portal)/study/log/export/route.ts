// 导出 Excel: the caller's own study log, exactly as their filtered and sorted page shows it.
import { exportMyLogs } from "@/lib/study/log/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "study.log.list.export", objectType: "StudyLog" },
  (user, url) => exportMyLogs(user, url),
);
