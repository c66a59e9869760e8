// 导出 Excel: the study-log review list, exactly as the reviewer's filtered and sorted page shows it.
import { exportReviewLogs } from "@/lib/study/log/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "study.log.review.export", objectType: "StudyLog" },
  (user, url) => exportReviewLogs(user, url),
);
