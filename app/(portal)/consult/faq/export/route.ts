// 导出 Excel: the 政策解读 list, exactly as the viewer's searched, filtered and sorted page shows it.
import { exportFaq } from "@/lib/consult/faq-export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "consult.faq.export", objectType: "FaqEntry" },
  (user, url) => exportFaq(user, url),
);
