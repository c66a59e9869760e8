// UI strings and fixed values of the intranet columns (专栏).
export const ARTICLE_FORMATS = ["TEXT", "MARKDOWN"] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];
export const ARTICLE_FORMAT_LABELS: Record<ArticleFormat, string> = {
  TEXT: "纯文本",
  MARKDOWN: "Markdown",
};

export const ARTICLE_TITLE_MAX = 80;
export const ARTICLE_BODY_MAX = 20000;

/** Path segments under /columns that a column slug may not take. */
export const RESERVED_SLUGS = ["manage", "new"] as const;

/**
 * Related pages shown on a column's page, by slug. The 政策解读 FAQ lives in
 * the consultation desk (/consult/faq); the column links to it rather than
 * keeping a second copy.
 */
export const COLUMN_RELATED_LINKS: Record<string, { href: string; label: string; hint: string }[]> =
  {
    "judicial-reform": [
      { href: "/consult/faq", label: "政策解读 FAQ", hint: "改革咨询中常见问题的权威解答" },
    ],
  };

/** "阅读 N 人次 / N 人": views counted on every visit, readers once each. */
export function readCountLabel(views: number, readers: number): string {
  return `阅读 ${views} 人次 / ${readers} 人`;
}
