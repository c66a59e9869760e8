// Sections 四 to 九 of the report (预警与关注, 谈心谈话, 改革咨询, 学习教育, 信箱与重大事项,
// 绩效考评): counts and groupings only; never a letter's, talk's or matter's content.
import "server-only";

import { CYCLE_STATE_LABELS } from "../appraisal/queries";
import { TAG_LABELS, TAGS } from "../consult/queries";
import { monthLabel } from "../dates";
import { FOLLOW_UP_STATUS_LABELS } from "../follow-ups/queries";
import { percent } from "../format";
import { LETTER_CATEGORY_LABELS, LETTER_STATUS_LABELS } from "../mailbox/queries";
import { MATTER_CATEGORY_LABELS } from "../major-matters/queries";
import { AGE_LAYER_LABELS } from "../people/age";
import { CONCERN_KIND_LABELS } from "../reports/queries";
import { TALK_OCCASION_LABELS } from "../talks/queries";
import type { ReportSection } from "./content";
import { campaignHref, fig, round1, section } from "./sections";
import type { Sources } from "./sources";

const label = (map: Record<string, string>, k: string) => map[k] ?? k;

export function talks(s: Sources): ReportSection {
  const total = s.talks.reduce((a, t) => a + t.count, 0);
  return section("talks", {
    figures: [
      fig("talks", "谈心谈话", total, "次", "/talks"),
      ...s.talks.map((t) =>
        fig(
          `talk:${t.occasion}`,
          `谈话（${label(TALK_OCCASION_LABELS, t.occasion)}）`,
          t.count,
          "次",
          "/talks",
        ),
      ),
      ...s.ageCoverage.map((a) =>
        fig(
          `age:${a.layer}`,
          `谈话覆盖率（${AGE_LAYER_LABELS[a.layer]}）`,
          a.staff ? percent(a.talkedTo, a.staff) : null,
          "%",
          "/talks",
        ),
      ),
      ...s.campaigns.map((c) =>
        fig(`campaign:${c.id}`, `“${c.title}”覆盖率`, c.percent, "%", campaignHref(c.id)),
      ),
    ],
    emptyNote: "本期无谈心谈话记录和谈话计划。",
    tables: [
      {
        key: "occasions",
        caption: "谈心谈话（按谈话事由）",
        header: ["事由", "次数"],
        rows: s.talks.map((t) => [label(TALK_OCCASION_LABELS, t.occasion), t.count]),
      },
      {
        key: "ages",
        caption: "谈心谈话覆盖情况（按年龄层）",
        header: ["年龄层", "干警人数", "本期谈话人数", "覆盖率"],
        rows: s.ageCoverage.map((a) => [
          AGE_LAYER_LABELS[a.layer],
          a.staff,
          a.talkedTo,
          `${a.staff ? percent(a.talkedTo, a.staff) : 0}%`,
        ]),
      },
      {
        key: "campaigns",
        caption: "谈话计划覆盖情况",
        header: ["谈话计划", "起止", "应谈人数", "已谈人数", "覆盖率"],
        rows: s.campaigns.map((c) => [
          c.title,
          `${c.startsOn.toISOString().slice(0, 10)}至${c.endsOn.toISOString().slice(0, 10)}`,
          c.members,
          c.covered,
          `${c.percent}%`,
        ]),
      },
    ],
  });
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const v = [...xs].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return round1(v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2);
}

export function consult(s: Sources): ReportSection {
  const tagCount = new Map(s.consult.tags.map((t) => [t.tag, t.count]));
  const tags = TAGS.map((tag) => ({ tag, count: tagCount.get(tag) ?? 0 })).filter(
    (t) => t.count > 0,
  );
  return section("consult", {
    figures: [
      fig("consultations", "改革咨询", s.consult.total, "件", "/consult"),
      fig("answered", "已答复", s.consult.durations.length, "件", "/consult"),
      fig("medianHours", "答复用时中位数", median(s.consult.durations), "小时", "/consult/stats"),
    ],
    emptyNote: "本期无改革咨询。",
    tables: [
      {
        key: "tags",
        caption: "改革咨询（按话题）",
        header: ["话题", "件数"],
        rows: tags.map((t) => [TAG_LABELS[t.tag], t.count]),
      },
    ],
    charts: [
      {
        key: "consultMonths",
        kind: "bar",
        title: "改革咨询月度数量",
        unit: "件",
        labels: s.volume.map((v) => monthLabel(v.month, true)),
        series: [{ name: "咨询", values: s.volume.map((v) => v.consultations) }],
      },
    ],
  });
}

export function study(s: Sources): ReportSection {
  const sum = (k: "activities" | "present" | "hours") =>
    round1(s.volume.reduce((a, v) => a + v[k], 0));
  return section("study", {
    figures: [
      fig("activities", "学习活动", sum("activities"), "次", "/study/activities"),
      fig("present", "出席人次", sum("present"), "人次", "/study/activities"),
      fig("hours", "自学时长（已审核）", sum("hours"), "小时", "/study/log"),
    ],
    emptyNote: "本期无学习教育活动记录。",
    tables: [
      {
        key: "months",
        caption: "学习教育（按月）",
        header: ["月份", "活动", "出席人次", "自学时长（小时）"],
        rows: s.volume.map((v) => [monthLabel(v.month), v.activities, v.present, v.hours]),
        note: "注：按月统计；自定义区间的首末月只计区间内的部分。",
      },
    ],
    charts: [
      {
        key: "studyMonths",
        kind: "bar",
        title: "学习活动出席人次",
        unit: "人次",
        labels: s.volume.map((v) => monthLabel(v.month, true)),
        series: [{ name: "出席人次", values: s.volume.map((v) => v.present) }],
      },
    ],
  });
}

export function mailbox(s: Sources): ReportSection {
  const byCategory = new Map<string, number>();
  for (const l of s.letters)
    byCategory.set(l.category, (byCategory.get(l.category) ?? 0) + l.count);
  const statuses = Object.keys(LETTER_STATUS_LABELS);
  const mattersBy = new Map<string, number>();
  for (const m of s.matters) mattersBy.set(m.category, (mattersBy.get(m.category) ?? 0) + m.count);
  const letters = [...byCategory.values()].reduce((a, b) => a + b, 0);
  const matters = [...mattersBy.values()].reduce((a, b) => a + b, 0);
  return section("mailbox", {
    figures: [
      fig("letters", "检察长信箱来信", letters, "件", "/mailbox/inbox"),
      ...[...byCategory].map(([c, n]) =>
        fig(
          `letter:${c}`,
          `来信（${label(LETTER_CATEGORY_LABELS, c)}）`,
          n,
          "件",
          "/mailbox/inbox",
        ),
      ),
      fig("matters", "个人重大事项报告", matters, "件", "/major-matters/all"),
      ...[...mattersBy].map(([c, n]) =>
        fig(
          `matter:${c}`,
          `重大事项（${label(MATTER_CATEGORY_LABELS, c)}）`,
          n,
          "件",
          "/major-matters/all",
        ),
      ),
    ],
    emptyNote: "本期无来信和重大事项报告。",
    tables: [
      {
        key: "letters",
        caption: "检察长信箱来信（按类别和办理状态）",
        header: ["类别", ...statuses.map((st) => label(LETTER_STATUS_LABELS, st)), "合计"],
        rows: [...byCategory].map(([c, n]) => [
          label(LETTER_CATEGORY_LABELS, c),
          ...statuses.map(
            (st) => s.letters.find((l) => l.category === c && l.status === st)?.count ?? 0,
          ),
          n,
        ]),
        note: "注：只统计件数，不涉及来信内容。",
      },
      {
        key: "matters",
        caption: "个人重大事项报告（按类别）",
        header: ["类别", "件数"],
        rows: [...mattersBy].map(([c, n]) => [label(MATTER_CATEGORY_LABELS, c), n]),
      },
    ],
  });
}

export function appraisal(s: Sources): ReportSection {
  return section("appraisal", {
    figures: s.cycles.map((c) =>
      fig(
        `cycle:${c.id}`,
        `“${c.title}”评分进度`,
        c.tasks ? percent(c.done, c.tasks) : null,
        "%",
        `/appraisal/${c.id}`,
      ),
    ),
    empty: s.cycles.length === 0,
    emptyNote: "本期无进行中的绩效考评。",
    tables: [
      {
        key: "cycles",
        caption: "绩效考评进度",
        header: ["考评", "状态", "考评对象", "评分任务", "已评分", "进度"],
        rows: s.cycles.map((c) => [
          c.title,
          label(CYCLE_STATE_LABELS, c.status),
          c._count.sheets,
          c.tasks,
          c.done,
          c.tasks ? `${percent(c.done, c.tasks)}%` : "—",
        ]),
        note: "注：状态和进度截至本版本起草时。",
      },
    ],
  });
}

export function warnings(s: Sources): ReportSection {
  const ws = s.sentiment.warnings.filter((w) => s.months.includes(w.month));
  const concernTotal = s.concerns.reduce((a, c) => a + c.count, 0);
  const kindLabel = (k: string) => CONCERN_KIND_LABELS[k as keyof typeof CONCERN_KIND_LABELS] ?? k;
  const statusLabel = (k: string) =>
    FOLLOW_UP_STATUS_LABELS[k as keyof typeof FOLLOW_UP_STATUS_LABELS] ?? k;
  const concernHref = `/reports?${new URLSearchParams({ from: s.months[0], to: s.months[s.months.length - 1] })}`;
  return section("warnings", {
    figures: [
      fig("warnings", "部门预警", ws.length, "个", "/dashboard"),
      fig("concerns", "关注人员", concernTotal, "人次", concernHref),
      ...s.concerns.map((c) =>
        fig(`concern:${c.kind}`, `关注人员（${kindLabel(c.kind)}）`, c.count, "人次", concernHref),
      ),
      ...s.followUps.map((f) =>
        fig(
          `followup:${f.status}`,
          `督办事项（${statusLabel(f.status)}）`,
          f.count,
          "件",
          `/follow-ups?status=${f.status}`,
        ),
      ),
    ],
    emptyNote: "本期无部门预警和关注人员。",
    tables: [
      {
        key: "warnings",
        caption: "部门预警",
        header: ["部门", "月份", "级别", "说明"],
        rows: ws.map((w) => [
          w.name,
          monthLabel(w.month),
          w.level === "SIGNIFICANT" ? "显著下降" : "需关注",
          w.reason,
        ]),
      },
      {
        key: "concerns",
        caption: "关注人员（按类型）",
        header: ["类型", "人次"],
        rows: s.concerns.map((c) => [kindLabel(c.kind), c.count]),
        note: "注：关注人员名单见保密附件，仅政治处和院领导可阅。",
      },
      {
        key: "followUps",
        caption: "本期新建督办事项办理情况",
        header: ["状态", "件数"],
        rows: s.followUps.map((f) => [statusLabel(f.status), f.count]),
        note: "注：办理状态截至本版本起草时。",
      },
    ],
  });
}
