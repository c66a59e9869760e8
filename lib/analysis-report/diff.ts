// The diff of numbers between a version and the one before it: figures are
// paired by section and key. Pure.
import { allFigures, type FigureDiff, type ReportContent } from "./content";

export function diffFigures(before: ReportContent, after: ReportContent): FigureDiff[] {
  const key = (section: string, k: string) => `${section}|${k}`;
  const old = new Map(allFigures(before).map((f) => [key(f.section, f.figure.key), f]));
  const out: FigureDiff[] = [];
  const seen = new Set<string>();
  for (const { section, figure } of allFigures(after)) {
    const k = key(section, figure.key);
    seen.add(k);
    const prev = old.get(k);
    if (!prev) {
      out.push({
        section,
        key: figure.key,
        label: figure.label,
        unit: figure.unit,
        before: null,
        after: figure.value,
        delta: null,
        change: "added",
      });
    } else if (prev.figure.value !== figure.value) {
      const delta =
        prev.figure.value !== null && figure.value !== null
          ? Math.round((figure.value - prev.figure.value) * 10) / 10
          : null;
      out.push({
        section,
        key: figure.key,
        label: figure.label,
        unit: figure.unit,
        before: prev.figure.value,
        after: figure.value,
        delta,
        change: "changed",
      });
    }
  }
  for (const [k, { section, figure }] of old)
    if (!seen.has(k))
      out.push({
        section,
        key: figure.key,
        label: figure.label,
        unit: figure.unit,
        before: figure.value,
        after: null,
        delta: null,
        change: "removed",
      });
  return out;
}
