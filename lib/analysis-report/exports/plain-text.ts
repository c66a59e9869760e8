// 政治处's narrative is Markdown; a 公文 prints it as plain paragraphs. This
// turns the Markdown into blocks of plain text without rendering any HTML:
// headings become subheadings, list items paragraphs of their own (numbered
// as written, bullets as "（1）…"), and inline marks (emphasis, code, links,
// images) are reduced to their text. Pure, so the DOCX, PDF and XLSX print
// the same words.

export type TextBlock = { kind: "paragraph" | "subheading"; text: string };

/** Inline Markdown reduced to its text: **a** → a, [t](u) → t, `c` → c, \* → *. */
export function inlineText(md: string): string {
  return md
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<\/?[A-Za-z][^>]*>/g, "")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\\*_])[*_]([^*_\s][^*_]*?)[*_](?=[^*_]|$)/g, "$1$2")
    .replace(/~~(.+?)~~/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const ORDERED = /^\s*(\d{1,3})[.)、]\s+(.*)$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** The narrative as plain-text paragraphs and subheadings, in order. */
export function markdownBlocks(md: string): TextBlock[] {
  const out: TextBlock[] = [];
  let para: string[] = [];
  let bullets = 0;
  const flush = () => {
    const text = inlineText(para.join(" "));
    if (text) out.push({ kind: "paragraph", text });
    para = [];
  };
  for (const raw of md.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.replace(/^\s{0,3}>\s?/, "");
    if (!line.trim() || RULE.test(line) || TABLE_SEPARATOR.test(line)) {
      flush();
      if (!line.trim()) bullets = 0;
      continue;
    }
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const ordered = ORDERED.exec(line);
    if (heading) {
      flush();
      const text = inlineText(heading[1]);
      if (text) out.push({ kind: "subheading", text });
    } else if (bullet) {
      flush();
      bullets += 1;
      para.push(`（${bullets}）${bullet[1]}`);
    } else if (ordered) {
      flush();
      para.push(`${ordered[1]}. ${ordered[2]}`);
    } else if (line.trim().startsWith("|")) {
      flush();
      para.push(
        line
          .trim()
          .replace(/^\||\|$/g, "")
          .split("|")
          .map((c) => c.trim())
          .join("　"),
      );
      flush();
    } else para.push(line.trim());
  }
  flush();
  return out;
}
