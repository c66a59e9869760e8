// AUTO rules from the 三好 and 三主 workflows: report compliance and
// timeliness (departments, and their liaisons), talk-campaign coverage
// (interviewers and departments), the consultation 24-hour target (whoever
// answered), and follow-ups finished on time (assignees and departments).
// Each domain's appraisal query returns the ids behind its figures; they are
// few (departments × periods, campaign members, the period's consultations
// and follow-ups), so the score is counted from them directly.
import "server-only";

import { consultAnswersBy } from "../../consult/appraisal/queries";
import { followUpsDueFor } from "../../follow-ups/appraisal/queries";
import { reportComplianceFor, type ReportTally } from "../../reports/appraisal/queries";
import { talkCoverageFacts } from "../../talks/appraisal/queries";
import { ratioOutcome, type AutoContext, type AutoOutcome, type RuleResults } from "./types";

const NOT_LIAISON = "本人不是信息员，考评期内未报送本部门思想动态报告";

function reportOutcome(
  t: ReportTally | undefined,
  which: "compliance" | "timeliness",
  withEvidence: boolean,
): AutoOutcome {
  const submitted = t?.submittedIds ?? [];
  if (which === "compliance")
    return ratioOutcome(
      {
        part: submitted.length,
        whole: t?.due ?? 0,
        evidence: withEvidence
          ? [{ type: "LiaisonReport", label: "已报送的报告", ids: submitted }]
          : [],
      },
      { part: "已报送", whole: "应报送期数", none: "考评期内没有已截止的报告期" },
    );
  const onTime = t?.onTimeIds ?? [];
  return ratioOutcome(
    {
      part: onTime.length,
      whole: submitted.length,
      evidence: withEvidence
        ? [
            { type: "LiaisonReport", label: "按时报送", ids: onTime },
            { type: "LiaisonReport", label: "已报送", ids: submitted },
          ]
        : [],
    },
    { part: "按时报送", whole: "已报送", none: "考评期内没有已报送的报告" },
  );
}

export async function reports(
  ctx: AutoContext,
  which: "compliance" | "timeliness",
  liaisons: ReadonlyMap<string, string>,
): Promise<RuleResults> {
  const departmentIds = [
    ...new Set([
      ...ctx.departments.map((d) => d.departmentId),
      ...ctx.people.flatMap((p) => (p.departmentId ? [p.departmentId] : [])),
    ]),
  ];
  const tally = await reportComplianceFor({
    departmentIds,
    from: ctx.from,
    to: ctx.to,
    now: ctx.now,
  });
  const out: RuleResults = new Map();
  for (const d of ctx.departments)
    out.set(d.sheetId, reportOutcome(tally.get(d.departmentId), which, ctx.withEvidence));
  for (const p of ctx.people) {
    const t = p.departmentId ? tally.get(p.departmentId) : undefined;
    const isLiaison =
      (p.departmentId && liaisons.get(p.departmentId) === p.userId) ||
      t?.authorIds.includes(p.userId);
    out.set(
      p.sheetId,
      isLiaison
        ? reportOutcome(t, which, ctx.withEvidence)
        : { kind: "NA", detail: NOT_LIAISON, evidence: [] },
    );
  }
  return out;
}

export async function talkCoverage(ctx: AutoContext): Promise<RuleResults> {
  const everyone = [
    ...new Set([
      ...ctx.people.map((p) => p.userId),
      ...ctx.departments.flatMap((d) => d.memberIds),
    ]),
  ];
  const facts = await talkCoverageFacts({ userIds: everyone, from: ctx.from, to: ctx.to });
  const outcome = (rows: typeof facts, none: string) => {
    const id = (f: (typeof facts)[number]) => `${f.campaignId}:${f.userId}`;
    const covered = rows.filter((f) => f.covered);
    return ratioOutcome(
      {
        part: covered.length,
        whole: rows.length,
        evidence: ctx.withEvidence
          ? [
              { type: "TalkCampaignMember", label: "已谈话", ids: covered.map(id) },
              { type: "TalkCampaignMember", label: "应谈人员", ids: rows.map(id) },
            ]
          : [],
      },
      { part: "已谈话", whole: "应谈人数", none },
    );
  };
  const out: RuleResults = new Map();
  for (const p of ctx.people)
    out.set(
      p.sheetId,
      outcome(
        facts.filter((f) => f.interviewerId === p.userId),
        "考评期内谈话计划中没有分配给本人的谈话对象",
      ),
    );
  for (const d of ctx.departments) {
    const members = new Set(d.memberIds);
    out.set(
      d.sheetId,
      outcome(
        facts.filter((f) => members.has(f.userId)),
        "考评期内谈话计划没有覆盖本部门干警",
      ),
    );
  }
  return out;
}

export async function consultSla(ctx: AutoContext): Promise<RuleResults> {
  const answers = await consultAnswersBy({
    userIds: ctx.people.map((p) => p.userId),
    from: ctx.from,
    to: ctx.to,
  });
  const out: RuleResults = new Map();
  for (const p of ctx.people) {
    const t = answers.get(p.userId);
    out.set(
      p.sheetId,
      ratioOutcome(
        {
          part: t?.inTimeIds.length ?? 0,
          whole: t?.answeredIds.length ?? 0,
          evidence:
            ctx.withEvidence && t
              ? [
                  { type: "Consultation", label: "24 小时内答复", ids: t.inTimeIds },
                  { type: "Consultation", label: "答复的咨询", ids: t.answeredIds },
                ]
              : [],
        },
        { part: "24 小时内答复", whole: "答复件数", none: "考评期内本人没有答复改革咨询" },
      ),
    );
  }
  return out;
}

export async function followUpsOnTime(ctx: AutoContext): Promise<RuleResults> {
  const everyone = [
    ...new Set([
      ...ctx.people.map((p) => p.userId),
      ...ctx.departments.flatMap((d) => d.memberIds),
    ]),
  ];
  const due = await followUpsDueFor({
    userIds: everyone,
    from: ctx.from,
    to: ctx.to,
    now: ctx.now,
  });
  const outcome = (users: string[], none: string) => {
    const dueIds = users.flatMap((u) => due.get(u)?.dueIds ?? []);
    const onTime = users.flatMap((u) => due.get(u)?.onTimeIds ?? []);
    return ratioOutcome(
      {
        part: onTime.length,
        whole: dueIds.length,
        evidence: ctx.withEvidence
          ? [
              { type: "FollowUp", label: "按期办结", ids: onTime },
              { type: "FollowUp", label: "到期事项", ids: dueIds },
            ]
          : [],
      },
      { part: "按期办结", whole: "到期件数", none },
    );
  };
  const out: RuleResults = new Map();
  for (const p of ctx.people)
    out.set(p.sheetId, outcome([p.userId], "考评期内没有到期的、由本人承办的督办事项"));
  for (const d of ctx.departments)
    out.set(d.sheetId, outcome(d.memberIds, "考评期内没有到期的、由本部门干警承办的督办事项"));
  return out;
}
