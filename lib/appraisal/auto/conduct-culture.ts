// AUTO rules from 三合: confirmed conduct records (base 80, plus and minus by
// the points table) and culture participation. A department's conduct score
// counts its own findings and its people's commendations, innovation and
// findings; discipline counts only on the person's own sheet, so that a
// department's figure never reveals a colleague's discipline.
import "server-only";

import { confirmedConductFor } from "../../conduct/queries";
import {
  cultureEvidenceFor,
  cultureParticipationFor,
  type CultureEvidence,
} from "../../culture/queries";
import { CONDUCT_BASE_CENTI, conductScore, type ConductFact } from "../conduct-points";
import { CULTURE_POINTS, culturePoints } from "../culture-points";
import {
  cohortValues,
  relativeCenti,
  type AutoContext,
  type AutoOutcome,
  type Evidence,
  type RuleResults,
} from "./types";

const pts = (centi: number) =>
  (centi >= 0 ? "+" : "") + (centi / 100).toFixed(2).replace(/\.00$/, "");

function conductOutcome(
  facts: readonly ConductFact[],
  table: Readonly<Record<string, number>>,
): AutoOutcome {
  const s = conductScore(facts, table);
  const sum = s.lines.reduce((a, l) => a + l.centi, 0);
  return {
    kind: "SCORED",
    centi: s.centi,
    detail:
      `基础分 ${CONDUCT_BASE_CENTI / 100} ${pts(sum)}（${s.lines.length} 条已确认记录）= ${(s.centi / 100).toFixed(2)}` +
      "（限定在 0–100）",
    evidence: [
      { type: "ConductRecord", label: "已确认的履职表现记录", ids: s.lines.map((l) => l.id) },
    ],
  };
}

export async function conductPoints(
  ctx: AutoContext,
  table: Readonly<Record<string, number>>,
): Promise<RuleResults> {
  const people = [
    ...new Set([
      ...ctx.people.map((p) => p.userId),
      ...ctx.departments.flatMap((d) => d.memberIds),
    ]),
  ];
  const records = await confirmedConductFor({
    userIds: people,
    departmentIds: ctx.departments.map((d) => d.departmentId),
    from: ctx.from,
    to: ctx.to,
  });
  const out: RuleResults = new Map();
  for (const p of ctx.people)
    out.set(
      p.sheetId,
      conductOutcome(
        records.filter((r) => r.subjectUserId === p.userId),
        table,
      ),
    );
  for (const d of ctx.departments) {
    const members = new Set(d.memberIds);
    const own = records.filter(
      (r) =>
        r.subjectDepartmentId === d.departmentId ||
        (r.subjectUserId !== null && members.has(r.subjectUserId) && r.category !== "DISCIPLINE"),
    );
    out.set(d.sheetId, conductOutcome(own, table));
  }
  return out;
}

export async function cultureParticipation(ctx: AutoContext): Promise<RuleResults> {
  const q = { userIds: ctx.people.map((p) => p.userId), from: ctx.from, to: ctx.to };
  const [{ values: counts, line }, ev] = await Promise.all([
    cohortValues(
      ctx,
      "CULTURE_PARTICIPATION",
      (userIds) => cultureParticipationFor({ ...q, userIds }),
      (c) => culturePoints(c!),
    ),
    ctx.withEvidence ? cultureEvidenceFor(q) : new Map<string, CultureEvidence>(),
  ]);
  const pts = (c: number) => (c / 100).toFixed(2).replace(/\.00$/, "");
  const out: RuleResults = new Map();
  for (const p of ctx.people) {
    const c = counts.get(p.userId)!;
    const e = ev.get(p.userId);
    const mine = culturePoints(c);
    const score = relativeCenti(mine, line);
    const awards = Object.values(c.awards).reduce((a, n) => a + n, 0);
    const parts =
      `投稿 ${c.essaysSubmitted}×${pts(CULTURE_POINTS.essay)} + 获奖 ${awards} 项 + 社团 ${c.clubsActive}×${pts(CULTURE_POINTS.club)}` +
      ` + 活动 ${c.eventsAttended}×${pts(CULTURE_POINTS.event)} + 照片 ${c.photosApproved}×${pts(CULTURE_POINTS.photo)} = ${pts(mine)} 分`;
    const evidence: Evidence[] = e
      ? [
          { type: "EssayEntry", label: "征文投稿", ids: e.entryIds },
          { type: "EssayEntry", label: "征文获奖", ids: e.awardEntryIds },
          {
            type: "ClubMember",
            label: "参加社团",
            ids: e.clubIds.map((id) => `${id}:${p.userId}`),
          },
          {
            type: "CultureRegistration",
            label: "出席活动",
            ids: e.eventIds.map((id) => `${id}:${p.userId}`),
          },
          { type: "Photo", label: "审核通过的照片", ids: e.photoIds },
        ]
      : [];
    out.set(
      p.sheetId,
      score === null
        ? { kind: "NA", detail: `${parts}；考评期内全院多数干警没有参与记录，本项不计入`, evidence }
        : {
            kind: "SCORED",
            centi: score,
            detail: `${parts}；÷ 全院第 80 百分位 ${pts(line)} 分 × 100 = ${(score / 100).toFixed(2)}（最高 100）`,
            evidence,
          },
    );
  }
  return out;
}
