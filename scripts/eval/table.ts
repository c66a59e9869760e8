// The evaluation's printed table (Markdown): the new rule (显著 only, and
// 显著 or 待观察) against the old fixed 8-point rule.
import { bandOf, falseAlarmRate, median, recallOf, score, SIZE_BANDS, type Rule } from "./score";
import type { SyntheticDepartment } from "./synthetic";

const pct = (x: number) => (Number.isNaN(x) ? "—" : `${Math.round(x * 100)}%`);
const rate = (x: number) => (Number.isNaN(x) ? "—" : x.toFixed(2));
const RULES: { rule: Rule; label: string }[] = [
  { rule: "new", label: "新规则（显著）" },
  { rule: "watch", label: "新规则（显著+待观察）" },
  { rule: "plain", label: "新规则（显著），指数不含稳定性" },
  { rule: "blind", label: "新规则（显著），只给指数（无 n）" },
  { rule: "old", label: "旧规则（固定 8 分）" },
];

export function evaluationTable(histories: SyntheticDepartment[]): string {
  const scores = RULES.map((r) => ({ ...r, s: score(histories, r.rule) }));
  const sizes = [...new Set(histories.flatMap((d) => (d.drop ? [d.drop.size] : [])))].sort(
    (a, b) => a - b,
  );
  const lines: string[] = [];
  lines.push(
    `| 规则 | 部门规模 | ${sizes.map((s) => `降 ${s} 分 召回`).join(" | ")} | 降≥10 召回 | 误报/部门·年 | 提前量中位数（月） |`,
  );
  lines.push(`|${" --- |".repeat(sizes.length + 5)}`);
  for (const { label, s } of scores) {
    for (const band of [...SIZE_BANDS.map((b) => b.label), undefined]) {
      const delays = [...s.recall.entries()]
        .filter(([k]) => Number(k.split("|")[0]) >= 10 && (!band || k.split("|")[1] === band))
        .flatMap(([, t]) => t.delays);
      const cells = sizes.map((size) => {
        const t = band
          ? s.recall.get(`${size}|${band}`)
          : [...s.recall.entries()]
              .filter(([k]) => Number(k.split("|")[0]) === size)
              .reduce((a, [, x]) => ({ drops: a.drops + x.drops, hits: a.hits + x.hits }), {
                drops: 0,
                hits: 0,
              });
        return t && t.drops ? pct(t.hits / t.drops) : "—";
      });
      const m = median(delays);
      lines.push(
        `| ${label} | ${band ?? "全部"} | ${cells.join(" | ")} | ${pct(recallOf(s, 10, band))} | ${rate(falseAlarmRate(s, band))} | ${m === null ? "—" : m} |`,
      );
    }
  }
  const counts = SIZE_BANDS.map(
    (b) => `${b.label} ${histories.filter((d) => bandOf(d.size) === b.label).length} 个`,
  );
  lines.push(
    "",
    `部门：${counts.join("，")}；其中注入下降的 ${histories.filter((d) => d.drop).length} 个。`,
  );
  return lines.join("\n");
}
