// ?q= of the global search (/search). The lists' own `keyword` quietly drops
// a keyword it cannot use (the list then shows everything); a search page
// must say why instead, so the raw value is checked first, with a Chinese
// message, and only then handed on as the lists' `keyword`.
import { z } from "zod";

import { keyword } from "../forms/fields";

/** The lists' keyword bound (lib/forms/fields.ts). */
export const SEARCH_MAX = 50;

// Control characters (NUL, line breaks, tabs…) are no part of a title, a name or a 文号.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const raw = z
  .string({ error: "请输入要搜索的关键词" })
  .max(1000, `关键词不能超过 ${SEARCH_MAX} 个字符`)
  .refine((v) => !CONTROL.test(v), "关键词含有无法识别的字符")
  .transform((v) => v.trim())
  .refine((v) => v.length > 0, "请输入要搜索的关键词")
  .refine((v) => v.length <= SEARCH_MAX, `关键词不能超过 ${SEARCH_MAX} 个字符`);

export type SearchInput = { ok: true; q: string } | { ok: false; q: string; message: string };

/**
 * Reads ?q= as the page gets it (a string, repeated keys, or nothing). On a
 * refusal `q` is what may be put back into the box: the trimmed text, cut to
 * the bound, control characters removed.
 */
export function parseSearchQuery(value: string | string[] | undefined): SearchInput {
  const first = Array.isArray(value) ? value[0] : value;
  const parsed = raw.safeParse(first ?? "");
  if (!parsed.success) {
    const shown = String(first ?? "")
      .replace(new RegExp(CONTROL.source, "g"), "")
      .trim()
      .slice(0, SEARCH_MAX);
    return { ok: false, q: shown, message: parsed.error.issues[0]?.message ?? "关键词无效" };
  }
  // The lists' own keyword, so every list reads exactly what it would from ?q=.
  const q = keyword.parse(parsed.data);
  if (!q) return { ok: false, q: "", message: "请输入要搜索的关键词" };
  return { ok: true, q };
}
