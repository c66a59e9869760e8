// How each kind of search result reads: its heading, the record's link, and
// the same facts its own list shows (never more: a talk without its notes, a
// letter by category and subject only, a discipline record as its list shows
// it to this viewer). Labels come from each domain, as on its list page.
import { CYCLE_STATE_LABELS } from "@/lib/appraisal/labels";
import { periodLabel } from "@/lib/appraisal/period";
import { CATEGORY_LABELS, describeKind } from "@/lib/conduct/labels";
import { STATUS_LABELS as CONSULT_STATUS_LABELS, tagLabel } from "@/lib/consult/schemas";
import { awardLabel, callPhase, PHASE_LABELS } from "@/lib/culture/essays/labels";
import { EVENT_TYPE_LABELS } from "@/lib/culture/events/schemas";
import { STATUS_LABELS as FOLLOW_UP_STATUS_LABELS, SOURCE_LABELS } from "@/lib/follow-ups/labels";
import { formatDate, formatDateTime } from "@/lib/format";
import { categoryLabel, statusLabel } from "@/lib/mailbox/labels";
import { MATTER_STATUS_LABELS, matterCategoryLabel } from "@/lib/major-matters/labels";
import { REPORT_STATUS_LABELS, reportHeading } from "@/lib/reports/schemas";
import type { SearchGroup, SearchKind } from "@/lib/search/queries";
import { LOG_STATUS_LABELS, logKindLabel } from "@/lib/study/log/schemas";
import { activityKindLabel } from "@/lib/study/types";
import { talkOccasionLabel } from "@/lib/talks/labels";

/** href null: a hit the viewer may see but has no page to open (a colleague outside their departments). */
export type Hit = { id: string; href: string | null; title: string; meta: string[] };

/** Each kind's heading on the results page and the name of its list. */
export const KIND_LABELS: Record<SearchKind, { title: string; list: string }> = {
  person: { title: "人员", list: "用户管理" },
  colleague: { title: "人员", list: "人员" },
  report: { title: "思想动态报告", list: "思想动态报告" },
  followUp: { title: "督办事项", list: "督办事项" },
  talk: { title: "谈心谈话记录", list: "谈心谈话" },
  letter: { title: "检察长信箱来信", list: "来信处理" },
  matter: { title: "个人重大事项报告", list: "全部报告" },
  myMatter: { title: "我的个人重大事项报告", list: "我的报告" },
  conduct: { title: "履职表现记录", list: "履职表现" },
  consult: { title: "改革咨询", list: "改革咨询" },
  activity: { title: "学习活动", list: "学习活动" },
  studyLog: { title: "我的学习记录", list: "学习记录" },
  studyReview: { title: "待我审核的学习记录", list: "学习记录审核" },
  event: { title: "即将举办的文化活动", list: "集体活动" },
  pastEvent: { title: "往期文化活动", list: "往期活动" },
  essayCall: { title: "征文活动", list: "征文活动" },
  essayEntry: { title: "征文作品", list: "征文作品" },
  article: { title: "专栏文章", list: "专栏" },
  cycle: { title: "考评周期", list: "绩效考评" },
};

/** The kinds whose hits are confidential, marked on the page and audited (lib/search/queries.ts). */
export const CONFIDENTIAL_KINDS: ReadonlySet<SearchKind> = new Set(["talk", "letter", "matter"]);

const short = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);
const present = (xs: (string | null | undefined | false)[]) =>
  xs.filter((x): x is string => typeof x === "string" && x.length > 0);

export function hitsOf(g: SearchGroup): Hit[] {
  switch (g.kind) {
    case "person":
      return g.rows.map((u) => ({
        id: u.id,
        href: `/admin/users/${u.id}`,
        title: u.realName,
        meta: present([
          u.department ?? "未分配部门",
          u.position,
          `工号 ${u.employeeNo}`,
          u.status === "ACTIVE" ? "" : "已停用",
        ]),
      }));
    case "colleague":
      return g.rows.map((u) => ({
        id: u.id,
        href: u.href,
        title: u.realName,
        meta: present([u.department ?? "未分配部门", u.position]),
      }));
    case "matter":
    case "myMatter":
      return g.rows.map((m) => ({
        id: m.id,
        href: `/major-matters/${m.id}`,
        title: `${"user" in m ? `${m.user.realName} · ` : ""}${matterCategoryLabel(m.category)}`,
        meta: present([
          "user" in m ? m.user.department?.name : "",
          m.occurredOn ? `发生于 ${formatDate(m.occurredOn)}` : "",
          `报告于 ${formatDate(m.createdAt)}`,
          MATTER_STATUS_LABELS[m.status] ?? m.status,
        ]),
      }));
    case "essayCall":
      return g.rows.map((c) => ({
        id: c.id,
        href: `/culture/essays/${c.id}`,
        title: c.title,
        meta: present([
          c.theme,
          PHASE_LABELS[callPhase(c, new Date())],
          `${formatDate(c.opensAt)} 至 ${formatDate(c.closesAt)}`,
          c.submitted ? "已投稿" : "",
        ]),
      }));
    case "essayEntry":
      return g.rows.map((e) => ({
        id: e.id,
        href: `/culture/essays/${e.call.id}/entries/${e.id}`,
        title: e.title,
        meta: present([
          e.call.title,
          e.authorName ?? "",
          awardLabel(e.award),
          `提交于 ${formatDate(e.submittedAt)}`,
        ]),
      }));
    case "article":
      return g.rows.map((a) => ({
        id: a.id,
        href: `/columns/${a.column.slug}/${a.id}`,
        title: a.title,
        meta: [a.column.name, `发布于 ${formatDate(a.publishedAt)}`],
      }));
    case "cycle":
      return g.rows.map((c) => ({
        id: c.id,
        href: `/appraisal/${c.id}`,
        title: c.title,
        meta: present([
          periodLabel(c.year, c.half),
          CYCLE_STATE_LABELS[c.status as keyof typeof CYCLE_STATE_LABELS] ?? c.status,
        ]),
      }));
    case "report":
      return g.rows.map((r) => ({
        id: r.id,
        href: `/reports/${r.id}`,
        title: reportHeading(r),
        meta: present([
          r.department.name,
          REPORT_STATUS_LABELS[r.status] ?? r.status,
          `情绪 ${r.mood} / 5`,
          r.topics.map((t) => t.topic.name).join("、"),
          r.author.realName,
        ]),
      }));
    case "followUp":
      return g.rows.map((f) => ({
        id: f.id,
        href: `/follow-ups/${f.id}`,
        title: f.title,
        meta: present([
          SOURCE_LABELS[f.sourceType as keyof typeof SOURCE_LABELS] ?? f.sourceType,
          f.department,
          f.assignee ? `承办人 ${f.assignee}` : "",
          FOLLOW_UP_STATUS_LABELS[f.status as keyof typeof FOLLOW_UP_STATUS_LABELS] ?? f.status,
          f.dueDate ? `期限 ${formatDate(f.dueDate)}` : "",
          f.overdue ? "已逾期" : "",
        ]),
      }));
    case "talk":
      return g.rows.map((t) => ({
        id: t.id,
        href: `/talks/${t.id}`,
        title: `${formatDate(t.heldOn)} 与${t.interviewee.realName}的谈话`,
        meta: present([
          t.interviewee.department?.name,
          `谈话人 ${t.interviewer.realName}`,
          talkOccasionLabel(t.occasion),
          t.topics ? t.topics.split(",").join("、") : "",
        ]),
      }));
    case "letter":
      return g.rows.map((m) => ({
        id: m.id,
        href: `/mailbox/inbox/${m.id}`,
        title: m.subject,
        meta: present([
          categoryLabel(m.category),
          m.anonymous ? "匿名" : (m.authorName ?? ""),
          m.receivedOn,
          statusLabel(m.status),
        ]),
      }));
    case "conduct":
      return g.rows.map((r) => ({
        id: r.id,
        href: `/conduct/${r.id}`,
        title: r.title || "（无标题）",
        meta: present([
          CATEGORY_LABELS[r.category as keyof typeof CATEGORY_LABELS] ?? r.category,
          r.subjectName,
          describeKind(r),
          r.docNo ?? "",
          formatDate(r.occurredOn),
        ]),
      }));
    case "consult":
      return g.rows.map((c) => ({
        id: c.id,
        href: `/consult/${c.id}`,
        title: short(c.question),
        meta: present([
          c.asker.realName,
          c.tags.map((t) => tagLabel(t.tag)).join("、"),
          formatDateTime(c.askedAt),
          CONSULT_STATUS_LABELS[c.status] ?? c.status,
        ]),
      }));
    case "activity":
      return g.rows.map((a) => ({
        id: a.id,
        href: `/study/activities/${a.id}`,
        title: a.title,
        meta: present([
          activityKindLabel(a.type, a.theme),
          formatDateTime(a.heldAt),
          a.organiser ? `组织人 ${a.organiser.realName}` : "",
        ]),
      }));
    case "studyLog":
      return g.rows.map((l) => ({
        id: l.id,
        href: `/study/log/${l.id}`,
        title: l.title,
        meta: present([
          logKindLabel(l.kind),
          formatDate(l.studiedOn),
          LOG_STATUS_LABELS[l.status as keyof typeof LOG_STATUS_LABELS] ?? l.status,
        ]),
      }));
    case "studyReview":
      return g.rows.map((l) => ({
        id: l.id,
        href: `/study/review/${l.id}`,
        title: l.title,
        meta: present([
          l.user.realName,
          l.user.department?.name,
          logKindLabel(l.kind),
          formatDate(l.studiedOn),
          LOG_STATUS_LABELS[l.status as keyof typeof LOG_STATUS_LABELS] ?? l.status,
        ]),
      }));
    case "event":
    case "pastEvent":
      return g.rows.map((e) => ({
        id: e.id,
        href: `/culture/events/${e.id}`,
        title: e.title,
        meta: present([
          EVENT_TYPE_LABELS[e.type] ?? e.type,
          formatDateTime(e.startsAt),
          e.location,
        ]),
      }));
  }
}
