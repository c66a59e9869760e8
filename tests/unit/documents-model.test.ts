// The document model's helpers (lib/documents/model.ts) and the chart
// renderer (lib/documents/chart.ts): Chinese numbering, the Shanghai 成文日期,
// column widths that fit, PNG sizes, and charts whose text is drawn as
// outlines, so that no system font is needed to render them.
import sharp from "sharp";
import { describe, expect, it } from "vitest";

import { chartPng, chartSvg, niceStep } from "@/lib/documents/chart";
import {
  chineseNumber,
  columnShares,
  documentDate,
  emWidth,
  isNumericCell,
  issuerSize,
  pngSize,
  SIZES,
} from "@/lib/documents/model";

describe("document model helpers", () => {
  it("numbers sections in Chinese", () => {
    expect([1, 2, 9, 10, 11, 20, 23, 99].map(chineseNumber)).toEqual([
      "一",
      "二",
      "九",
      "十",
      "十一",
      "二十",
      "二十三",
      "九十九",
    ]);
  });

  it("prints the 成文日期 on Shanghai's calendar with Arabic numerals", () => {
    // 16:30 UTC on 31 Dec is already 1 Jan in Shanghai.
    expect(documentDate(new Date("2026-12-31T16:30:00Z"))).toBe("2027年1月1日");
    expect(documentDate(new Date("2026-03-05T02:00:00Z"))).toBe("2026年3月5日");
  });

  it("measures mixed text with the space Word puts between CJK and digits", () => {
    expect(emWidth("政治处")).toBe(3);
    expect(emWidth("第10周")).toBe(3.5);
    expect(isNumericCell("92.5%")).toBe(true);
    expect(isNumericCell(-3)).toBe(true);
    expect(isNumericCell("第1周")).toBe(false);
  });

  it("sizes the 发文机关标志 to fit one line", () => {
    expect(issuerSize("某某市人民检察院")).toBe(SIZES.issuerMax);
    const long = "某某省某某市某某区人民检察院政治处";
    expect(issuerSize(long) * emWidth(long)).toBeLessThan(442);
    expect(issuerSize(long)).toBeGreaterThanOrEqual(SIZES.title);
  });

  it("shares the table width: narrow columns keep their width, long text takes the rest", () => {
    const t = {
      kind: "table" as const,
      header: ["周次", "说明"],
      rows: [
        [
          "第10周",
          "低于基线，已提示部门负责人关注并跟进谈心谈话安排，低于基线，已提示部门负责人关注",
        ],
      ],
    };
    const shares = columnShares(t, 30);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(shares[0] * 30).toBeGreaterThanOrEqual(emWidth("第10周") + 1);
    const fits = columnShares({ ...t, rows: [["第1周", "正常"]] }, 30);
    expect(fits.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it("reads a PNG's size and refuses other data", () => {
    expect(() => pngSize(Buffer.from("GIF89a....................."))).toThrow("PNG");
  });
});

describe("charts", () => {
  it("draws text as outlines, never as SVG text", () => {
    const svg = chartSvg({
      kind: "bar",
      labels: ["政治部", "第一检察部"],
      series: [{ name: "参与率", values: [92.5, 88.1] }],
      unit: "%",
    });
    expect(svg).not.toMatch(/<text/);
    expect(svg).toMatch(/<path transform="translate/);
  });

  it("renders bar and line charts to PNG at twice the logical size", async () => {
    const t0 = performance.now();
    for (const kind of ["bar", "line"] as const) {
      const png = await chartPng({
        kind,
        labels: ["1月", "2月", "3月"],
        series: [{ name: "指数", values: [72, null, 81] }],
      });
      expect(pngSize(png)).toEqual({ width: 1600, height: 800 });
      const { channels } = await sharp(png).metadata();
      expect(channels).toBe(3);
    }
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it("draws the Chinese labels itself, with no system font involved", async () => {
    const png = await chartPng({
      kind: "bar",
      labels: ["政治部"],
      series: [{ name: "", values: [0] }],
      yMax: 10,
      width: 200,
      height: 100,
      scale: 1,
    });
    // The label sits under the axis, in the bottom strip: it must leave dark pixels there.
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    let dark = 0;
    for (let y = info.height - 18; y < info.height; y++)
      for (let x = 0; x < info.width; x++)
        if (data[(y * info.width + x) * info.channels] < 128) dark++;
    expect(dark).toBeGreaterThan(20);
  });

  it("picks round tick steps", () => {
    expect(niceStep(100)).toBe(20);
    expect(niceStep(7)).toBe(2);
    expect(niceStep(0)).toBe(1);
  });
});
