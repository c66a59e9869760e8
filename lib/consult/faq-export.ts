// 导出 Excel of the 政策解读 list: the page's query (lib/consult/faq-list.ts),
// keyword, topic and order alike — questions and answers as published, never
// the consultation they came from or who asked.
import "server-only";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { allFaqRows, type FaqRow } from "./faq-list";
import { FaqFilter, TAG_LABELS, tagLabel } from "./schemas";

export async function exportFaq(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!can(user.roles, "consult.ask")) return null;
  const f = FaqFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "consult.faq.export",
    objectType: "FaqEntry",
    objectId: "",
    fileName: "政策解读",
    filter: filterText({ 主题: f.tag ? TAG_LABELS[f.tag] : undefined, 关键词: f.q }),
    sheets: [
      {
        name: "政策解读",
        title: "政策解读（改革咨询典型问题与解答）",
        rows: allFaqRows(f),
        columns: [
          { header: "问题", value: (e: FaqRow) => e.question },
          { header: "解答", value: (e: FaqRow) => e.answer },
          { header: "主题", value: (e: FaqRow) => e.tags.map(tagLabel).join("、") },
          { header: "发布时间", value: (e: FaqRow) => e.publishedAt, format: "date" },
        ],
      },
    ],
  };
}
