// Sections 一 to 三 of the report (总体情况, 各部门情况, 热点话题),
// built from the sources (./sources.ts). Masked pulse groups stay masked:
// a cell the dashboard does not show is null here, with a note saying why.
import "server-only";

import {
  campaignHref,
  MILESTONE_KINDS,
  topicReportsHref,
  warningReportsHref,
} from "../dashboard/queries";
import { monthLabel } from "../dates";
import { percent } from "../format";
import { SECTION_TITLES, type ReportFigure, type ReportSection, type SectionKey } from "./content";
import type { Sources } from "./sources";

export { campaignHref };

type Cell = Sources["sentiment"]["overall"]["cells"][number];

export const MASK_NOTE =
  "注：脉搏测评参与人数不足 5 人的部门并入“其他部门”，不单独显示；“—”为不显示。";

export const round1 = (x: number) => Math.round(x * 10 + 1e-9) / 10;
export const meanOf = (xs: (number | null)[]) => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? round1(v.reduce((a, b) => a + b, 0) / v.length) : null;
};
export const valueOf = (c: Cell | undefined) => (c && c.kind === "value" ? c.index : null);
const shown = (c: Cell | undefined) =>
  !c || c.kind === "empty" ? "" : c.kind === "masked" ? "—" : c.index;

export function section(
  key: SectionKey,
  parts: Partial<Omit<ReportSection, "key" | "title">> & { emptyNote?: string },
): ReportSection {
  const figures = parts.figures ?? [];
  const empty = parts.empty ?? !figures.some((f) => f.value !== null && f.value !== 0);
  return {
    key,
    title: SECTION_TITLES[key],
    empty,
    ...(empty ? { emptyNote: parts.emptyNote ?? "本期无相关数据。" } : {}),
    figures,
    tables: parts.tables ?? [],
    charts: parts.charts ?? [],
    narrative: "",
    proposals: [],
  };
}

export const fig = (
  key: string,
  label: string,
  value: number | null,
  unit: string,
  href: string | null,
  note?: string,
): ReportFigure => ({ key, label, value, unit, href, ...(note ? { note } : {}) });

const reportsHref = (months: string[], extra: Record<string, string> = {}) =>
  `/reports?${new URLSearchParams({ kind: "PERIODIC", ...extra, from: months[0], to: months[months.length - 1] })}`;

/** The sentiment cells of `months` for one row (the dashboard's 24 months cover them). */
export function cellsOf(s: Sources, row: { cells: Cell[] }, months: string[]) {
  return months.map((m) => row.cells[s.sentiment.months.indexOf(m)]);
}

export function overview(s: Sources): ReportSection {
  const { sentiment, months, previousMonths } = s;
  const cells = cellsOf(s, sentiment.overall, months);
  const values = cells.map(valueOf);
  const lastIdx = values
    .map((v, i) => (v === null ? -1 : i))
    .filter((i) => i >= 0)
    .pop();
  const mean = meanOf(values);
  const before = meanOf(cellsOf(s, sentiment.overall, previousMonths).map(valueOf));
  const eligible = s.rounds.reduce((a, r) => a + r.eligibleCount, 0);
  const joined = s.rounds.reduce((a, r) => a + r._count.participations, 0);
  const status = months.map((m) => sentiment.status.find((st) => st.month === m));
  const reported = status.reduce((a, st) => a + (st?.reported ?? 0), 0);
  const expected = status.reduce((a, st) => a + (st?.expected ?? 0), 0);
  const trend = [...previousMonths, ...months];
  const figures = [
    fig(
      "index",
      lastIdx === undefined ? "思想状况指数" : `思想状况指数（${monthLabel(months[lastIdx])}）`,
      lastIdx === undefined ? null : values[lastIdx],
      "分",
      "/dashboard",
    ),
    fig("indexMean", "本期指数均值", mean, "分", "/dashboard"),
    fig(
      "indexChange",
      "较上期",
      mean !== null && before !== null ? round1(mean - before) : null,
      "分",
      "/dashboard",
    ),
    fig("rounds", "脉搏测评轮次", s.rounds.length, "轮", "/pulse"),
    fig(
      "participation",
      "脉搏测评参与率",
      eligible ? percent(joined, eligible) : null,
      "%",
      "/pulse",
    ),
    fig("reported", "已报送月度报告", reported, "份", reportsHref(months)),
    fig(
      "compliance",
      "报告报送率",
      expected ? percent(reported, expected) : null,
      "%",
      reportsHref(months),
    ),
  ];
  return section("overview", {
    figures,
    empty: values.every((v) => v === null) && s.rounds.length === 0 && reported === 0,
    emptyNote: "本期无脉搏测评和联络员报告数据，无法计算思想状况指数。",
    tables: [
      {
        key: "months",
        caption: "全院思想状况指数（按月）",
        header: ["月份", "指数", "脉搏均分", "情绪均分", "样本量", "报告（已报/应报）"],
        rows: months.map((m, i) => {
          const c = cells[i];
          const v = c?.kind === "value" ? c : null;
          return [
            monthLabel(m),
            v ? v.index : "",
            v?.pulse != null ? round1(v.pulse) : "",
            v?.mood != null ? round1(v.mood) : "",
            v?.n ?? "",
            status[i] ? `${status[i]!.reported}/${status[i]!.expected}` : "",
          ];
        }),
      },
      {
        key: "milestones",
        caption: "本期改革节点",
        header: ["节点", "类别", "起止月份"],
        rows: s.milestones.map((m) => [
          m.label,
          MILESTONE_KINDS[m.kind] ?? m.kind,
          m.from === m.to ? monthLabel(m.from) : `${monthLabel(m.from)}至${monthLabel(m.to)}`,
        ]),
        note: "注：改革节点由政治处在晴雨表中维护，趋势图中以阴影标出。",
      },
      {
        key: "rounds",
        caption: "脉搏测评参与情况",
        header: ["测评", "结束日期", "应参与", "已参与", "参与率"],
        rows: s.rounds.map((r) => [
          r.title,
          r.closesAt.toISOString().slice(0, 10),
          r.eligibleCount,
          r._count.participations,
          `${percent(r._count.participations, r.eligibleCount)}%`,
        ]),
      },
    ],
    charts: [
      {
        key: "trend",
        kind: "line",
        title: "思想状况指数趋势",
        unit: "分",
        labels: trend.map((m) => monthLabel(m, true)),
        series: [{ name: "全院", values: cellsOf(s, sentiment.overall, trend).map(valueOf) }],
      },
    ],
  });
}

export function departments(s: Sources): ReportSection {
  const { sentiment, months, previousMonths } = s;
  const rows = [...sentiment.departments, ...(sentiment.other ? [sentiment.other] : [])];
  const data = rows.map((row) => {
    const cells = cellsOf(s, row, months);
    const mean = meanOf(cells.map(valueOf));
    const before = meanOf(cellsOf(s, row, previousMonths).map(valueOf));
    return {
      row,
      cells,
      mean,
      before,
      change: mean !== null && before !== null ? round1(mean - before) : null,
    };
  });
  const visible = data.filter((d) => d.cells.some((c) => c && c.kind !== "empty"));
  return section("departments", {
    figures: visible.map((d) =>
      fig(
        `dept:${d.row.key}`,
        `${d.row.name}指数均值`,
        d.mean,
        "分",
        d.row.key === "OTHER" ? "/dashboard" : reportsHref(months, { departmentId: d.row.key }),
        d.mean === null ? "不显示（人数不足或无数据）" : undefined,
      ),
    ),
    empty: visible.length === 0,
    emptyNote: "本期各部门均无可显示的指数数据。",
    tables: [
      {
        key: "heatmap",
        caption: "各部门思想状况指数",
        header: ["部门", ...months.map((m) => monthLabel(m)), "本期均值", "上期均值", "变化"],
        rows: visible.map((d) => [
          d.row.name,
          ...d.cells.map(shown),
          d.mean ?? "—",
          d.before ?? "—",
          d.change ?? "—",
        ]),
        note: MASK_NOTE,
      },
    ],
    charts: [
      {
        key: "departments",
        kind: "bar",
        title: "各部门指数本期与上期",
        unit: "分",
        labels: visible.map((d) => d.row.name),
        series: [
          { name: "本期", values: visible.map((d) => d.mean) },
          { name: "上期", values: visible.map((d) => d.before) },
        ],
      },
    ],
  });
}

export function topics(s: Sources): ReportSection {
  const rows = s.topics.names
    .map((t) => ({
      ...t,
      now: s.topics.now.get(t.id) ?? 0,
      before: s.topics.before.get(t.id) ?? 0,
    }))
    .filter((t) => t.now + t.before > 0)
    .sort((a, b) => b.now - a.now || b.before - a.before || a.sortOrder - b.sortOrder)
    .slice(0, 10);
  return section("topics", {
    figures: rows.map((t) =>
      fig(`topic:${t.id}`, `“${t.name}”提及`, t.now, "次", topicReportsHref(t.id, s.months)),
    ),
    emptyNote: "本期联络员报告未标注热点话题。",
    tables: [
      {
        key: "topics",
        caption: "热点话题（本期与上期）",
        header: ["话题", "本期", "上期", "变化"],
        rows: rows.map((t) => [t.name, t.now, t.before, t.now - t.before]),
      },
    ],
    charts: [
      {
        key: "topics",
        kind: "bar",
        title: "热点话题提及次数",
        unit: "次",
        labels: rows.map((t) => t.name),
        series: [
          { name: "本期", values: rows.map((t) => t.now) },
          { name: "上期", values: rows.map((t) => t.before) },
        ],
      },
    ],
  });
}

export { warningReportsHref };
