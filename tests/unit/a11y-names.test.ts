// What axe found on /study, /consult/stats, /analysis-reports/[id], the
// dashboard and the appraisal sheet, held in the shared primitives' markup:
// two lists on one page name their pagination landmarks apart
// (landmark-unique); a table's scroll wrapper is a named region that takes
// focus, so a keyboard can scroll it (scrollable-region-focusable); a link's
// accessible name contains its visible text (label-content-name-mismatch).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { SheetIndicators } from "@/components/appraisal/sheet-indicators";
import { CampaignsSection } from "@/components/dashboard/campaigns";
import { Pagination } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";

const html = (el: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(el);

/** Each link's aria-label and visible text (tags stripped, spaces collapsed). */
function links(markup: string) {
  return [...markup.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)].map(([, attrs, inner]) => ({
    label: /aria-label="([^"]*)"/.exec(attrs)?.[1] ?? null,
    text: inner
      .replace(/<[^>]+>/g, "")
      .replace(/\s+/g, " ")
      .trim(),
  }));
}

describe("pagination landmarks", () => {
  const pager = (label?: string) =>
    html(
      createElement(Pagination, {
        page: 1,
        pages: 2,
        total: 30,
        basePath: "/study",
        params: {},
        label,
      }),
    );

  it("a page's two lists name their pagination apart; a lone list keeps 分页", () => {
    expect(pager("学习活动记录")).toContain('aria-label="学习活动记录分页"');
    expect(pager("我的学习日志")).toContain('aria-label="我的学习日志分页"');
    expect(pager()).toContain('aria-label="分页"');
  });
});

describe("scrollable tables", () => {
  it("the wrapper is a focusable region named by the caption", () => {
    const t = html(Table({ caption: "近 24 个月每月咨询件数", children: null }));
    expect(t).toMatch(
      /^<div class="scroll-shadows overflow-x-auto" role="region" aria-label="近 24 个月每月咨询件数" tabindex="0">/,
    );
  });
});

describe("link names contain the visible text", () => {
  it("the dashboard's campaign coverage", () => {
    const campaign = {
      id: "c1",
      title: "2026年度全员谈心谈话",
      startsOn: new Date("2026-01-01T00:00:00+08:00"),
      endsOn: new Date("2026-12-31T00:00:00+08:00"),
      open: true,
      members: 30,
      covered: 12,
      percent: 40,
    };
    const found = links(
      html(createElement(CampaignsSection, { campaigns: [campaign], linkable: true })),
    );
    const coverage = found.find((l) => l.label !== null)!;
    expect(coverage.text).toBe("12/30 人 · 40%");
    expect(coverage.label).toContain(coverage.text);
    expect(coverage.label).toContain(campaign.title);
  });

  it("the appraisal sheet's 查看依据记录", () => {
    const indicator = { id: "i1", name: "政治理论学习出席", weight: 10, type: "AUTO" };
    const props = {
      base: "/appraisal/c1/sheets/s1",
      categories: [{ category: "POLITICAL", weight: 20, indicators: [indicator] }],
      view: { results: { i1: { kind: "SCORED", centi: 950, detail: "出席 19/20 次" } } },
      showManual: false,
    } as unknown as Parameters<typeof SheetIndicators>[0];
    const evidence = links(html(createElement(SheetIndicators, props))).find((l) =>
      l.text.includes("依据"),
    )!;
    expect(evidence.text).toBe("查看依据记录");
    expect(evidence.label).toContain(evidence.text);
    expect(evidence.label).toContain("政治理论学习出席");
  });
});
