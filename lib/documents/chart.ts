// Charts for the documents, drawn on the server: a bar or line chart of a few
// series over Chinese labels, built as an SVG and rasterised to PNG by sharp.
// Every piece of text is turned into outlines with fontkit from the shipped
// OFL font (lib/documents/fonts.ts), so the PNG reads the same on a machine
// with no CJK font installed: librsvg never has to find a font.
import "server-only";

import sharp from "sharp";

import { fontFace, type FontWeight } from "./fonts";

export type ChartSeries = { name: string; values: readonly (number | null)[] };

export type ChartSpec = {
  kind: "bar" | "line";
  /** The category labels along the x axis, e.g. months or departments. */
  labels: readonly string[];
  series: readonly ChartSeries[];
  /** Printed above the y axis, e.g. "分" or "%". */
  unit?: string;
  /** Optional title inside the picture (documents usually caption it instead). */
  title?: string;
  /** The y axis range; by default 0 to a round number above the largest value. */
  yMin?: number;
  yMax?: number;
  /** Decimals of the value labels (default: as many as the data needs, at most 1). */
  decimals?: number;
  /** Logical size; the PNG is `scale` times larger (default 800 × 400, scale 2). */
  width?: number;
  height?: number;
  scale?: number;
};

export const PALETTE = ["#1F4E79", "#C55A11", "#548235", "#7F6000", "#7030A0", "#2E75B6"];
const AXIS = "#404040";
const GRID = "#D9D9D9";

type Anchor = "start" | "middle" | "end";

/** The text's width in px at `size`. */
export function textWidth(text: string, size: number, weight: FontWeight = "regular"): number {
  const face = fontFace(weight);
  return (face.layout(text).advanceWidth * size) / face.unitsPerEm;
}

/** The text as an SVG path whose baseline starts (or centres, or ends) at x, y. */
export function textPath(
  text: string,
  x: number,
  y: number,
  size: number,
  opts: { anchor?: Anchor; fill?: string; weight?: FontWeight; rotate?: number } = {},
): string {
  const face = fontFace(opts.weight ?? "regular");
  const run = face.layout(text);
  const s = size / face.unitsPerEm;
  const width = run.advanceWidth * s;
  const x0 = opts.anchor === "middle" ? -width / 2 : opts.anchor === "end" ? -width : 0;
  let pen = 0;
  let d = "";
  run.glyphs.forEach((g, i) => {
    const p = run.positions[i];
    const gx = x0 + (pen + p.xOffset) * s;
    const gy = -p.yOffset * s;
    d += g.path.scale(s, -s).translate(gx, gy).toSVG();
    pen += p.xAdvance;
  });
  const rot = opts.rotate ? ` rotate(${opts.rotate})` : "";
  return `<path transform="translate(${r(x)} ${r(y)})${rot}" fill="${opts.fill ?? AXIS}" d="${d}"/>`;
}

const r = (n: number) => Math.round(n * 100) / 100;

/** A round step so that about `count` ticks cover the range. */
export function niceStep(range: number, count = 5): number {
  if (!(range > 0)) return 1;
  const raw = range / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * mag;
}

function axisRange(spec: ChartSpec): { min: number; max: number; step: number } {
  const values = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const lo = spec.yMin ?? Math.min(0, ...values);
  const hi = spec.yMax ?? Math.max(lo + 1, ...values);
  const step = niceStep(hi - lo);
  const min = spec.yMin ?? Math.floor(lo / step) * step;
  const max = spec.yMax ?? Math.ceil(hi / step) * step;
  return { min, max: max > min ? max : min + step, step };
}

/** Split a label into lines that fit `width` px, at most 3 lines. */
function wrapLabel(label: string, size: number, width: number): string[] {
  if (textWidth(label, size) <= width) return [label];
  const lines: string[] = [];
  let line = "";
  for (const ch of label) {
    if (line && textWidth(line + ch, size) > width) {
      lines.push(line);
      line = "";
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines.length > 3
    ? [...lines.slice(0, 2), `${lines.slice(2).join("").slice(0, 3)}…`]
    : lines;
}

function formatValue(v: number, decimals: number): string {
  return v.toFixed(decimals);
}

/** The chart as an SVG document (text already in outlines). */
export function chartSvg(spec: ChartSpec): string {
  const W = spec.width ?? 800;
  const H = spec.height ?? 400;
  const scale = spec.scale ?? 2;
  const n = spec.labels.length;
  const { min, max, step } = axisRange(spec);
  const all = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const decimals = spec.decimals ?? (all.some((v) => !Number.isInteger(v)) ? 1 : 0);
  const tickLabels: string[] = [];
  const tickDecimals = Number.isInteger(step)
    ? 0
    : Math.min(2, String(step).split(".")[1]?.length ?? 1);
  for (let v = min; v <= max + step / 1000; v += step)
    tickLabels.push(formatValue(v, tickDecimals));
  const tickSize = 14;
  const left = 16 + Math.max(...tickLabels.map((t) => textWidth(t, tickSize)), 0);
  const legend = spec.series.length > 1 || Boolean(spec.series[0]?.name);
  const top = (spec.title ? 34 : 10) + (legend ? 26 : 0) + (spec.unit ? 18 : 4);
  const plotW = W - left - 16;
  const slot = plotW / Math.max(1, n);
  const labelSize = 15;
  const wrapped = spec.labels.map((l) => wrapLabel(l, labelSize, slot - 4));
  const labelLines = Math.max(1, ...wrapped.map((l) => l.length));
  const bottom = 12 + labelLines * (labelSize + 3);
  const plotH = H - top - bottom;
  const y = (v: number) => top + plotH - ((v - min) / (max - min)) * plotH;
  const parts: string[] = [`<rect width="${W}" height="${H}" fill="#FFFFFF"/>`];
  if (spec.title)
    parts.push(textPath(spec.title, W / 2, 24, 17, { anchor: "middle", weight: "bold" }));
  if (legend) {
    let lx = W - 16;
    const ly = (spec.title ? 34 : 10) + 14;
    for (let i = spec.series.length - 1; i >= 0; i--) {
      const name = spec.series[i].name;
      lx -= textWidth(name, 14);
      parts.push(textPath(name, lx, ly + 5, 14));
      lx -= 20;
      parts.push(
        `<rect x="${r(lx)}" y="${ly - 6}" width="14" height="10" fill="${PALETTE[i % PALETTE.length]}"/>`,
      );
      lx -= 16;
    }
  }
  if (spec.unit) parts.push(textPath(spec.unit, left - 8, top - 8, 13, { anchor: "end" }));
  tickLabels.forEach((t, i) => {
    const ty = y(min + i * step);
    parts.push(
      `<line x1="${r(left)}" x2="${r(left + plotW)}" y1="${r(ty)}" y2="${r(ty)}" stroke="${i === 0 ? AXIS : GRID}" stroke-width="1"/>`,
    );
    parts.push(textPath(t, left - 6, ty + 4.5, tickSize, { anchor: "end" }));
  });
  parts.push(
    `<line x1="${r(left)}" x2="${r(left)}" y1="${top}" y2="${r(top + plotH)}" stroke="${AXIS}" stroke-width="1"/>`,
  );
  wrapped.forEach((lines, i) => {
    const cx = left + slot * (i + 0.5);
    lines.forEach((line, j) =>
      parts.push(
        textPath(line, cx, top + plotH + 6 + (j + 1) * (labelSize + 3) - 3, labelSize, {
          anchor: "middle",
        }),
      ),
    );
  });
  const base = y(Math.max(min, Math.min(0, max)));
  const valueSize = n * spec.series.length > 24 ? 0 : 12;
  if (spec.kind === "bar") {
    const k = Math.max(1, spec.series.length);
    const barW = Math.min(48, (slot * 0.7) / k);
    spec.series.forEach((s, si) => {
      s.values.forEach((v, i) => {
        if (v === null) return;
        const x = left + slot * (i + 0.5) - (barW * k) / 2 + si * barW;
        const yv = y(v);
        parts.push(
          `<rect x="${r(x)}" y="${r(Math.min(yv, base))}" width="${r(barW - 1)}" height="${r(Math.abs(base - yv))}" fill="${PALETTE[si % PALETTE.length]}"/>`,
        );
        if (valueSize && textWidth(formatValue(v, decimals), valueSize) <= barW + 8)
          parts.push(
            textPath(formatValue(v, decimals), x + barW / 2, Math.min(yv, base) - 4, valueSize, {
              anchor: "middle",
            }),
          );
      });
    });
  } else {
    spec.series.forEach((s, si) => {
      const color = PALETTE[si % PALETTE.length];
      let d = "";
      let pen = false;
      s.values.forEach((v, i) => {
        if (v === null) return void (pen = false);
        d += `${pen ? "L" : "M"}${r(left + slot * (i + 0.5))} ${r(y(v))}`;
        pen = true;
      });
      parts.push(
        `<path d="${d}" fill="none" stroke="${color}" stroke-width="2.5" stroke-linejoin="round"/>`,
      );
      s.values.forEach((v, i) => {
        if (v === null) return;
        const cx = left + slot * (i + 0.5);
        parts.push(`<circle cx="${r(cx)}" cy="${r(y(v))}" r="3.5" fill="${color}"/>`);
        if (valueSize && spec.series.length === 1)
          parts.push(
            textPath(formatValue(v, decimals), cx, y(v) - 8, valueSize, { anchor: "middle" }),
          );
      });
    });
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W * scale}" height="${H * scale}" viewBox="0 0 ${W} ${H}">${parts.join("")}</svg>`;
}

/** The chart as a PNG buffer, ready for a DocImage. */
export async function chartPng(spec: ChartSpec): Promise<Buffer> {
  // Flattened to RGB: a PNG without alpha goes into a PDF as it is, not pixel by pixel.
  return sharp(Buffer.from(chartSvg(spec)))
    .flatten({ background: "#FFFFFF" })
    .png({ compressionLevel: 9 })
    .toBuffer();
}
