// 导出 Excel: a cycle's lists — sheets (考评结果), progress (评分进度),
// objections (异议) and department (本部门考评表), each scoped as its page.
import { exportCycleList } from "@/lib/appraisal/exports/lists";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute<{ id: string; list: string }>(
  { action: "appraisal.list.export", objectType: "AppraisalCycle" },
  (user, url, { id, list }) => exportCycleList(user, id, list, url),
);
