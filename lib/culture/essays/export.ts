// 导出 Excel of a call's judging board (参评作品): the same rows as the page
// (judging.ts boardOf, board-list.ts) — keyword, sort — for 政治处 and, once
// the call has closed, its named judges; anyone else, or a call that does not
// exist, gets 404. Blind judging holds: where the page hides the authors, the
// file has no author columns; awards only where the page shows them.
import "server-only";

import type { SessionUser } from "../../auth/session";
import { db } from "../../db";
import { filterText, type XlsxColumn } from "../../xlsx";
import type { XlsxExport } from "../../xlsx-route";
import { boardOf, type BoardRow } from "./judging";
import { awardLabel } from "./labels";
import { EntryBoardFilter } from "./schemas";

const SHEET_LABELS = { DONE: "已评", TODO: "待评", OWN: "本人作品（回避）" } as const;

export async function exportEntries(
  user: SessionUser,
  url: URL,
  callId: string,
): Promise<XlsxExport | null> {
  const call = await db.essayCall.findUnique({
    where: { id: callId },
    select: { id: true, title: true, closesAt: true, resultsPublishedAt: true },
  });
  if (!call) return null;
  const f = EntryBoardFilter.parse(Object.fromEntries(url.searchParams));
  const board = await boardOf(user, call, f);
  if (!board) return null;
  const showAwards = board.role === "MANAGER" || call.resultsPublishedAt !== null;
  const columns: XlsxColumn<BoardRow>[] = [
    { header: "编号", value: (r) => r.no, format: "int" },
    { header: "作品", value: (r) => r.title },
    ...(board.named
      ? [
          { header: "作者", value: (r: BoardRow) => r.authorName },
          { header: "部门", value: (r: BoardRow) => r.departmentName },
        ]
      : []),
    { header: "我的评分", value: (r) => SHEET_LABELS[r.mySheet] },
    { header: "完整评分（份）", value: (r) => r.sheets, format: "int" },
    { header: "总分（平均）", value: (r) => r.totalCenti, format: "centi" },
    { header: "排名", value: (r) => r.rank, format: "int" },
    ...(showAwards ? [{ header: "奖项", value: (r: BoardRow) => awardLabel(r.award) }] : []),
  ];
  const name = `${call.title}-参评作品`;
  return {
    action: "culture.essays.entries.export",
    objectType: "EssayCall",
    objectId: call.id,
    fileName: name,
    filter: filterText({ 关键词: f.q }),
    sheets: [{ name: "参评作品", title: name, rows: board.rows, columns }],
  };
}
