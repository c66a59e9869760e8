// 导出 Excel of a call's judging board (参评作品): the same rows as the page
// (judging.ts boardOf, board-list.ts) — keyword, sort — for 政治处 and, once
// the call has closed, its named judges; anyone else, or a call that does not
// exist, gets 404. Blind judging holds: where the page hides the authors, the
// file has no author columns; awards only where the page shows them.
import "server-only";

import { can } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session";
import { db } from "../../db";
import { filterText, type XlsxColumn } from "../../xlsx";
import type { XlsxExport } from "../../xlsx-route";
import { allCallRows, type CallRow } from "./call-list";
import { boardOf, type BoardRow } from "./judging";
import { awardLabel, callPhase, PHASE_LABELS } from "./labels";
import { EntryBoardFilter, EssayCallListFilter } from "./schemas";

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

/**
 * 导出 Excel of the call list (征文征言): the same query as the page
 * (call-list.ts) — keyword, phase, order — for everyone who has the list; the
 * only personal column is the viewer's own part. Anyone else: 404.
 */
export async function exportCalls(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!can(user.roles, "culture.participate") && !can(user.roles, "culture.manage")) return null;
  const f = EssayCallListFilter.parse(Object.fromEntries(url.searchParams));
  const now = new Date();
  const columns: XlsxColumn<CallRow>[] = [
    { header: "征文", value: (r) => r.title },
    { header: "主题", value: (r) => r.theme },
    { header: "征集开始", value: (r) => r.opensAt, format: "datetime" },
    { header: "征集截止", value: (r) => r.closesAt, format: "datetime" },
    { header: "状态", value: (r) => PHASE_LABELS[callPhase(r, now)] },
    { header: "作品数", value: (r) => r.entries, format: "int" },
    {
      header: "我的参与",
      value: (r) =>
        [r.submitted ? "已投稿" : null, r.judge ? "评委" : null].filter(Boolean).join("、"),
    },
  ];
  return {
    action: "culture.essays.calls.export",
    objectType: "EssayCall",
    objectId: "",
    fileName: "征文活动",
    filter: filterText({ 状态: f.phase ? PHASE_LABELS[f.phase] : undefined, 关键词: f.q }),
    sheets: [{ name: "征文活动", title: "征文活动", rows: allCallRows(user, f, now), columns }],
  };
}
