// 导出 Excel: 政治处's article list, exactly as the filtered and sorted page shows it.
import { exportManagedArticles } from "@/lib/columns/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "column.article.list.export", objectType: "Article" },
  (user, url) => exportManagedArticles(user, url),
);
