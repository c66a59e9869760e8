// 导出 Excel: the consultation list the viewer is on (?tab=), exactly as their filtered and sorted page shows it.
import { exportConsultations } from "@/lib/consult/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "consult.list.export", objectType: "Consultation" },
  (user, url) => exportConsultations(user, url),
);
