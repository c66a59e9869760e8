// The article renderer: Markdown formats, but raw HTML, scripts, javascript:
// links and external images never reach the page.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { ArticleBody, MarkdownBody } from "@/components/columns/article-body";
import { safeArticleUrl } from "@/lib/columns/safe-url";

const md = (source: string) => renderToStaticMarkup(createElement(MarkdownBody, { source }));

describe("column article Markdown", () => {
  it("renders headings, lists and bold", () => {
    const html = md("## 学习要点\n\n- **第一条**\n- 第二条\n");
    expect(html).toContain("<h2>学习要点</h2>");
    expect(html).toContain("<li><strong>第一条</strong></li>");
  });

  it("drops <script> and other raw HTML", () => {
    const html = md(
      '正文\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n段落 <b onclick="x()">粗</b> 结束\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script|<img|<iframe|<b |onerror|onclick/i);
    expect(html).not.toContain("alert(1)");
    expect(html).toContain("正文");
  });

  it("drops javascript:, data: and vbscript: link targets but keeps http(s) and relative links", () => {
    const html = md(
      "[x](javascript:alert(1)) [y](JAVASCRIPT:alert(1)) [z](data:text/html,hi) [v](vbscript:msgbox) [ok](https://www.spp.gov.cn/) [in](/consult/faq)",
    );
    expect(html).not.toMatch(/javascript:|data:|vbscript:/i);
    expect(html).toContain('href="https://www.spp.gov.cn/"');
    expect(html).toContain('href="/consult/faq"');
    expect(html).toContain("<span>x</span>");
  });

  it("never loads images: they become links", () => {
    const html = md("![院徽](https://evil.example/track.png)");
    expect(html).not.toContain("<img");
    expect(html).toContain('href="https://evil.example/track.png"');
    expect(html).toContain("[图片：院徽]");
  });

  it("renders TEXT bodies as text, HTML escaped", () => {
    const html = renderToStaticMarkup(
      createElement(ArticleBody, { format: "TEXT", body: "第一行\n<script>alert(1)</script>" }),
    );
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("whitespace-pre-wrap");
  });
});

describe("safeArticleUrl", () => {
  it.each([
    ["javascript:alert(1)", ""],
    ["java\tscript:alert(1)", ""],
    [" javascript:alert(1)", ""],
    ["\u0001javascript:alert(1)", ""],
    ["mailto:a@b.c", ""],
    ["\\\\evil\\share", ""],
    ["https://www.spp.gov.cn/", "https://www.spp.gov.cn/"],
    ["http://10.0.0.1/a", "http://10.0.0.1/a"],
    ["/columns/x", "/columns/x"],
    ["#top", "#top"],
  ])("%j → %j", (input, out) => {
    expect(safeArticleUrl(input)).toBe(out);
  });
});
