// 导出 Excel: one column's articles, exactly as the reader's searched and sorted page shows them; never a body.
import { exportColumnArticles } from "@/lib/columns/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute<{ slug: string }>(
  { action: "column.articles.export", objectType: "Column" },
  (user, url, { slug }) => exportColumnArticles(user, url, slug),
);
