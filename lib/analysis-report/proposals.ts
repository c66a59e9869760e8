// 问题与建议: bullet points the draft proposes from the data, shown as
// proposals for 政治处 to keep, rewrite or drop in the narrative.
import "server-only";

import { warningReportsHref } from "../dashboard/queries";
import { monthLabel } from "../dates";
import type { ReportProposal, ReportSection } from "./content";
import { cellsOf, section, valueOf } from "./sections";
import type { Sources } from "./sources";

/** Participation below this share is worth a word. */
const LOW_PARTICIPATION = 60;
/** A campaign that ended below this coverage. */
const LOW_COVERAGE = 80;
const SLA_HOURS = 24;

function trailingBelow(dept: (number | null)[], overall: (number | null)[]): number {
  let n = 0;
  for (let i = dept.length - 1; i >= 0; i--) {
    const d = dept[i];
    const o = overall[i];
    if (d === null || o === null || d >= o) break;
    n++;
  }
  return n;
}

export function proposalsFor(s: Sources, sections: ReportSection[]): ReportProposal[] {
  const out: ReportProposal[] = [];
  const byKey = new Map(sections.map((x) => [x.key, x]));
  const figure = (sec: string, key: string) =>
    byKey.get(sec as ReportSection["key"])?.figures.find((f) => f.key === key)?.value ?? null;

  for (const w of s.sentiment.warnings.filter((x) => s.months.includes(x.month)))
    out.push({
      text: `${w.name}${w.months > 1 ? `连续 ${w.months} 个月` : `${monthLabel(w.month)}`}低于基线，建议部门负责人开展谈心谈话，了解原因`,
      basis: `指数 ${w.latest}，基线 ${w.baseline}：${w.reason}`,
      href: warningReportsHref(w),
    });

  const overall = cellsOf(s, s.sentiment.overall, s.months).map(valueOf);
  for (const row of s.sentiment.departments) {
    const values = cellsOf(s, row, s.months).map(valueOf);
    const n = trailingBelow(values, overall);
    if (n >= 2 && !out.some((p) => p.text.startsWith(row.name)))
      out.push({
        text: `${row.name}连续 ${n} 个月低于全院平均，建议关注`,
        basis: `本期各月指数 ${values.map((v) => v ?? "—").join("、")}；全院 ${overall.map((v) => v ?? "—").join("、")}`,
        href: `/reports?${new URLSearchParams({ departmentId: row.key, kind: "PERIODIC", from: s.months[0], to: s.months[s.months.length - 1] })}`,
      });
  }

  const topics = byKey.get("topics")?.tables[0]?.rows ?? [];
  for (const [name, now, before] of topics as [string, number, number][])
    if (now >= 3 && now >= before * 1.5 && now - before >= 2)
      out.push({
        text: `“${name}”话题关注度上升，建议在学习教育和谈心谈话中有针对性地回应`,
        basis: `本期 ${now} 次，上期 ${before} 次`,
        href: byKey.get("topics")?.figures.find((f) => f.label.includes(name))?.href ?? null,
      });

  const participation = figure("overview", "participation");
  if (participation !== null && participation < LOW_PARTICIPATION)
    out.push({
      text: "脉搏测评参与率偏低，建议各部门做好动员",
      basis: `参与率 ${participation}%`,
      href: "/pulse",
    });
  const compliance = figure("overview", "compliance");
  if (compliance !== null && compliance < 100)
    out.push({
      text: "部分部门月度思想状况报告未报送齐全，建议督促联络员按时报送",
      basis: `报送率 ${compliance}%`,
      href: byKey.get("overview")?.figures.find((f) => f.key === "compliance")?.href ?? null,
    });
  for (const c of s.campaigns)
    if (!c.open && c.percent < LOW_COVERAGE)
      out.push({
        text: `“${c.title}”谈话覆盖率未达 ${LOW_COVERAGE}%，建议补谈`,
        basis: `已谈 ${c.covered}/${c.members} 人（${c.percent}%）`,
        href: `/talks/campaigns/${encodeURIComponent(c.id)}`,
      });
  const median = figure("consult", "medianHours");
  if (median !== null && median > SLA_HOURS)
    out.push({
      text: "改革咨询答复用时偏长，建议加快答复",
      basis: `答复用时中位数 ${median} 小时（时限 ${SLA_HOURS} 小时）`,
      href: "/consult/stats",
    });
  const open = figure("warnings", "followup:OPEN");
  if (open !== null && open > 0)
    out.push({
      text: "本期新建督办事项中仍有待办事项，建议加快办理",
      basis: `待办 ${open} 件`,
      href: "/follow-ups?status=OPEN",
    });
  return out;
}

export function proposalsSection(s: Sources, sections: ReportSection[]): ReportSection {
  const proposals = proposalsFor(s, sections);
  return {
    ...section("proposals", {
      empty: proposals.length === 0,
      emptyNote: "本期数据未提示需要特别关注的问题。",
    }),
    proposals,
  };
}
