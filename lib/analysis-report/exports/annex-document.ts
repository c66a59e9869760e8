// The confidential annex of a report version (issue 16 item 4): the staff of
// concern named in the period's liaison reports and the follow-ups on them,
// one table per department, marked 内部资料 注意保密 on every page. The rows
// come already scoped to the reader (a head: their own department only), and
// the preface says whose rows these are. Kinds and statuses only: the
// concerns' descriptions and the follow-ups' notes stay 政治处's.
import "server-only";

import { shanghaiDayKey } from "@/lib/dates";
import type { DocSection, OfficialDocument } from "@/lib/documents/model";

import type { AnnexRow, ReportContent } from "../content";
import { issuerName, RECIPIENT } from "./document";

export const ANNEX_MARKING = "内部资料 注意保密";
export const ANNEX_HEADER = [
  "序号",
  "姓名",
  "关注类型",
  "报告日期",
  "跟进事项",
  "跟进状态",
  "期限",
];

export function annexTitle(content: ReportContent): string {
  return `关注人员及跟进情况（${content.period.label}）`;
}

/** 11月12日 (Shanghai): the annex covers one period, so the year would only wrap the column. */
export function shortDate(iso: string): string {
  const [, m, d] = shanghaiDayKey(new Date(iso)).split("-").map(Number);
  return `${m}月${d}日`;
}

/** One row per person of concern; several follow-ups share the row, separated by "；". */
export function annexTableRows(rows: readonly AnnexRow[]): string[][] {
  return rows.map((r, i) => [
    String(i + 1),
    r.name,
    r.kindLabel,
    shortDate(r.reportedAt),
    r.followUps.map((f) => f.title).join("；") || "未立督办",
    r.followUps.map((f) => f.statusLabel).join("；") || "—",
    r.followUps.map((f) => (f.dueDate ? shortDate(f.dueDate) : "—")).join("；") || "—",
  ]);
}

/** The rows grouped by department, in the order they come (the query sorts them). */
export function byDepartment(rows: readonly AnnexRow[]): [string, AnnexRow[]][] {
  const groups = new Map<string, AnnexRow[]>();
  for (const r of rows) groups.set(r.departmentName, [...(groups.get(r.departmentName) ?? []), r]);
  return [...groups.entries()];
}

export function annexDocument(
  content: ReportContent,
  rows: readonly AnnexRow[],
  scope: { departmentName: string | null },
): OfficialDocument {
  const reach = scope.departmentName
    ? `本件仅列${scope.departmentName}的人员。`
    : "本件列全院各部门的人员。";
  const sections: DocSection[] = byDepartment(rows).map(([name, group]) => ({
    heading: name,
    blocks: [
      {
        kind: "table",
        caption: `共${group.length}人`,
        header: ANNEX_HEADER,
        rows: annexTableRows(group),
      },
    ],
  }));
  return {
    issuer: issuerName(content.issuer),
    number: content.number ? `${content.number}附件` : undefined,
    title: `附件：${annexTitle(content)}`,
    recipient: RECIPIENT,
    preface: [
      `本附件为《${content.title}》的保密附件，列出${content.period.label}思想动态报告中的关注人员及其跟进情况，共${rows.length}人。${reach}`,
      "本件仅供院党组、政治处及相关部门负责人阅知，不得复制、转发或对外提供。",
      ...(rows.length === 0 ? ["本期没有关注人员。"] : []),
    ],
    sections,
    date: new Date(content.issuedAt ?? content.draftedAt),
    marking: ANNEX_MARKING,
  };
}
