// The hand-made follow-ups (督办 opened by 政治处, not from a report), each
// with a scripted timeline in days before the anchor. No random draws.
import { PRIORITY_LABELS, type FollowUpPriority } from "../../../lib/follow-ups/labels";
import { assignmentNote } from "../../../lib/follow-ups/notes";
import { SEED_REFERENCE_DATE } from "../clock";
import { stableId } from "../random";
import { DAY, endOfDay, HOUR, ymd, type Context, type Plan, type Step } from "./plan";

/** Hand-made follow-ups, each with a scripted timeline (days before the reference date). */
export function manualPlans(ctx: Context): Plan[] {
  const ref = SEED_REFERENCE_DATE.getTime();
  const at = (daysAgo: number, hour = 10) => new Date(ref - daysAgo * DAY + hour * HOUR);
  const due = (daysFromRef: number) => endOfDay(new Date(ref + daysFromRef * DAY));
  const name = (id: string) => ctx.users.get(id)?.realName ?? "";
  const assign = (
    by: string,
    daysAgo: number,
    who: string,
    dueDate: Date,
    priority: FollowUpPriority,
    note: string,
  ): Step => ({
    event: "ASSIGN",
    at: new Date(at(daysAgo, 9).getTime() + 20 * 60_000),
    by,
    note: assignmentNote(name(who), ymd(dueDate), PRIORITY_LABELS[priority], note),
  });
  const plans: Plan[] = [];
  const jc4Head = ctx.headByCode.get("JC4");
  if (jc4Head) {
    const d = due(-6);
    plans.push({
      id: stableId("followup:manual:jc4-talks"),
      title: "组织第四检察部干警集中谈心谈话",
      sourceType: "MANUAL",
      sourceId: null,
      concernId: null,
      departmentId: ctx.deptByCode.get("JC4") ?? null,
      createdById: ctx.zzc,
      createdAt: at(30, 9),
      priority: "HIGH",
      assigneeId: jc4Head,
      dueDate: d,
      createdNote:
        "第四检察部连续多月思想动态报告反映干警疲惫、士气偏低，请部门负责人逐一谈心谈话，形成书面情况报告。",
      steps: [
        assign(
          ctx.zzc,
          30,
          jc4Head,
          d,
          "HIGH",
          "谈话须覆盖部门全体干警，重点关注青年干警和连续加班人员。",
        ),
        {
          event: "NOTE",
          at: at(24, 16),
          by: jc4Head,
          note: "已完成 6 名干警谈话，普遍反映案件量大、加班多，个别同志有调岗意向。",
        },
        {
          event: "NOTE",
          at: at(12, 17),
          by: jc4Head,
          note: "已完成 11 名干警谈话，剩余 4 人因出差尚未谈，书面报告正在整理。",
        },
      ],
    });
  }
  if (ctx.staff1) {
    const d = due(50);
    plans.push({
      id: stableId("followup:manual:jc1-survey"),
      title: "整理第一检察部办案压力情况调研材料",
      sourceType: "MANUAL",
      sourceId: null,
      concernId: null,
      departmentId: ctx.deptByCode.get("JC1") ?? null,
      createdById: ctx.zzc,
      createdAt: at(4, 9),
      priority: "NORMAL",
      assigneeId: ctx.staff1,
      dueDate: d,
      createdNote:
        "为院党组思想状况分析会准备素材：统计近一年本部门人均办案量、加班情况，附典型案例两至三个。",
      steps: [assign(ctx.zzc, 4, ctx.staff1, d, "NORMAL", "材料请控制在 3000 字以内。")],
    });
    const d2 = due(-20);
    plans.push({
      id: stableId("followup:manual:jc1-reading"),
      title: "筹备第一检察部青年干警读书分享会",
      sourceType: "MANUAL",
      sourceId: null,
      concernId: null,
      departmentId: ctx.deptByCode.get("JC1") ?? null,
      createdById: ctx.zzc,
      createdAt: at(40, 9),
      priority: "LOW",
      assigneeId: ctx.staff1,
      dueDate: d2,
      createdNote: "结合“三主”主题学习，组织青年干警读书分享，形成简报。",
      steps: [
        assign(ctx.zzc, 40, ctx.staff1, d2, "LOW", "请于活动后一周内报送简报。"),
        {
          event: "NOTE",
          at: at(33, 15),
          by: ctx.staff1,
          note: "已确定书目《检察官的职业素养》，报名 9 人，场地定于院三楼会议室。",
        },
        {
          event: "RESOLVE",
          at: at(22, 11),
          by: ctx.staff1,
          note: "分享会已于上周五举行，参加 11 人，简报已报政治处。",
        },
      ],
    });
  }
  if (ctx.head1) {
    const d = due(70);
    plans.push({
      id: stableId("followup:manual:jc1-mentor"),
      title: "落实青年干警导师帮带制度",
      sourceType: "MANUAL",
      sourceId: null,
      concernId: null,
      departmentId: ctx.deptByCode.get("JC1") ?? null,
      createdById: ctx.officeHead,
      createdAt: at(18, 9),
      priority: "NORMAL",
      assigneeId: ctx.head1,
      dueDate: d,
      createdNote: "为入院三年内的青年干警逐一明确帮带导师，制定帮带计划。",
      steps: [
        assign(ctx.officeHead, 18, ctx.head1, d, "NORMAL", "帮带计划报政治处备案。"),
        {
          event: "NOTE",
          at: at(9, 16),
          by: ctx.head1,
          note: "已确定 4 对帮带关系，帮带计划初稿已完成，待部门会议讨论。",
        },
      ],
    });
  }
  const d = due(-60);
  plans.push({
    id: stableId("followup:manual:quota-revisit"),
    title: "开展入额未果人员回访",
    sourceType: "MANUAL",
    sourceId: null,
    concernId: null,
    departmentId: null,
    createdById: ctx.officeHead,
    createdAt: at(95, 9),
    priority: "HIGH",
    assigneeId: ctx.zzc,
    dueDate: d,
    createdNote: "入额结果公布后，对全院未入额人员逐一回访，了解思想状况和职业规划。",
    steps: [
      assign(ctx.officeHead, 95, ctx.zzc, d, "HIGH", "回访情况汇总后报院党组。"),
      {
        event: "NOTE",
        at: at(88, 15),
        by: ctx.zzc,
        note: "已回访 6 人，多数表示理解，2 人对下轮入额时间有疑问，已作解答。",
      },
      {
        event: "RESOLVE",
        at: at(75, 11),
        by: ctx.zzc,
        note: "10 名未入额人员已全部回访，情况汇总已报院党组。",
      },
      {
        event: "REOPEN",
        at: at(73, 10),
        by: ctx.officeHead,
        note: "汇总材料缺少个人职业规划建议，请补充后重新报送。",
      },
      { event: "NOTE", at: at(68, 16), by: ctx.zzc, note: "已逐人补充职业规划建议。" },
      { event: "RESOLVE", at: at(66, 11), by: ctx.zzc, note: "补充材料已报送。" },
      { event: "CLOSE", at: at(64, 9), by: ctx.officeHead, note: "材料完整，核销。" },
    ],
  });
  return plans;
}
