// One version of the 干警思想状况分析报告 as an OfficialDocument (lib/documents),
// for the DOCX and PDF writers: the 发文机关 and 文号 from the content, the ten
// sections in order, each with 政治处's narrative as plain paragraphs, a table
// of its figures, its charts drawn as PNG from the same numbers, and its
// tables, numbered 表1…/图1… through the document. Only the content is read:
// an issued version prints the numbers it froze. The annex with names is a
// document of its own (./annex-document.ts).
import "server-only";

import { chartPng } from "@/lib/documents/chart";
import type { DocBlock, DocSection, OfficialDocument } from "@/lib/documents/model";

import type { ReportContent, ReportFigure, ReportSection } from "../content";
import { markdownBlocks } from "./plain-text";

/** A figure's value as printed: "81.2分", "83.7%", "—" when not shown. */
export function figureText(f: Pick<ReportFigure, "value" | "unit">): string {
  if (f.value === null) return "—";
  return `${formatNumber(f.value)}${f.unit}`;
}

/** At most two decimals, no trailing zeros beyond the content's own. */
export function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
}

/** The 院 the portal serves; a 发文机关 is printed with it, as GB/T 9704 asks for the full name. */
export const PROCURATORATE = "无锡市梁溪区人民检察院";

/** "政治处" → "无锡市梁溪区人民检察院政治处"; a name that already says which 检察院 stays. */
export function issuerName(issuer: string): string {
  return issuer.includes("检察院") ? issuer : `${PROCURATORATE}${issuer}`;
}

/** 主送 and the opening sentence. */
export const RECIPIENT = "院党组：";
export function prefaceOf(content: ReportContent): string[] {
  const opening = `根据《干警思想状况分析报告制度》，政治处对${content.period.label}（${content.period.from}至${content.period.to}）干警思想状况进行了分析，现将有关情况报告如下。`;
  return content.empty
    ? [opening, "所选期间内没有可供分析的数据，以下各部分均无统计结果。"]
    : [opening];
}

/** Printed on every page of a version not yet issued. */
export const DRAFT_MARKING = "草稿 未签发";

type Counter = { table: number; chart: number };

async function sectionBlocks(s: ReportSection, n: Counter): Promise<DocBlock[]> {
  const blocks: DocBlock[] = [];
  if (s.empty) blocks.push({ kind: "paragraph", text: s.emptyNote || "本期无相关数据。" });
  blocks.push(...markdownBlocks(s.narrative));
  if (s.figures.length > 0) {
    // Numbers in a column of their own (centred as numbers), units beside them.
    const notes = s.figures.some((f) => f.note);
    blocks.push({
      kind: "table",
      caption: `表${++n.table}　${s.title}主要数据`,
      header: ["指标", "数值", "单位", ...(notes ? ["说明"] : [])],
      rows: s.figures.map((f) => [
        f.label,
        f.value === null ? "—" : formatNumber(f.value),
        f.unit,
        ...(notes ? [f.note ?? ""] : []),
      ]),
    });
  }
  const charts = await Promise.all(
    s.charts.map((c) =>
      chartPng({ kind: c.kind, labels: c.labels, series: c.series, unit: c.unit }),
    ),
  );
  s.charts.forEach((c, i) =>
    blocks.push({ kind: "image", png: charts[i], caption: `图${++n.chart}　${c.title}` }),
  );
  // An empty table says nothing a 公文 should print (the page leaves it out too).
  for (const t of s.tables.filter((x) => x.rows.length > 0))
    blocks.push({
      kind: "table",
      caption: `表${++n.table}　${t.caption}`,
      header: t.header,
      rows: t.rows.map((r) => r.map((c) => (typeof c === "number" ? formatNumber(c) : c))),
      note: t.note,
    });
  if (s.proposals.length > 0) {
    blocks.push({ kind: "subheading", text: "据数据提出的建议（供参考）" });
    s.proposals.forEach((p, i) =>
      blocks.push({ kind: "paragraph", text: `${i + 1}. ${p.text}（依据：${p.basis}）` }),
    );
  }
  if (blocks.length === 0) blocks.push({ kind: "paragraph", text: "（本部分暂无内容。）" });
  return blocks;
}

/** The report version as a document; charts are drawn here, so this takes a moment. */
export async function reportDocument(content: ReportContent): Promise<OfficialDocument> {
  const n: Counter = { table: 0, chart: 0 };
  const sections: DocSection[] = [];
  // In order, so 表/图 numbers follow the page.
  for (const s of content.sections)
    sections.push({ heading: s.title, blocks: await sectionBlocks(s, n) });
  return {
    issuer: issuerName(content.issuer),
    number: content.number ?? undefined,
    title: content.title,
    recipient: RECIPIENT,
    preface: prefaceOf(content),
    sections,
    date: new Date(content.issuedAt ?? content.draftedAt),
    marking: content.issuedAt ? undefined : DRAFT_MARKING,
  };
}
