// 入额遴选 on a real database, 回避: a 政治处 member who registered for a round
// may not edit, score, publish or conclude it, nor see its score grid.
// Shared people and builders: ./fixtures/quota.ts.
import { describe, expect, it } from "vitest";

import QuotaScoresPage from "@/app/(portal)/quota/[id]/scores/page";
import { db } from "@/lib/db";
import {
  concludeQuotaRound,
  publishQuotaPublicity,
  saveQuotaScores,
  startQuotaScoring,
  updateQuotaRound,
} from "@/lib/quota/actions";
import { isRegistrant } from "@/lib/quota/queries";

import {
  COMPONENTS,
  components,
  dayStr,
  dept,
  newRound,
  office,
  register,
  regOf,
  setupQuota,
  staff,
} from "./fixtures/quota";
import { actAs, lastAudit, makeUser } from "./helpers";

setupQuota();

/** The strings in a rendered element tree: text children and string props. */
function textsOf(node: unknown, out: string[] = []): string[] {
  if (typeof node === "string") out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => textsOf(n, out));
  else if (node && typeof node === "object" && "props" in node) {
    for (const [k, v] of Object.entries((node as { props: Record<string, unknown> }).props))
      if (k === "children" || typeof v === "string" || (v && typeof v === "object" && "props" in v))
        textsOf(v, out);
  }
  return out;
}

describe("回避: 政治处 staff who registered", () => {
  it("may not run the round they registered for: no edits, scoring, scores, 公示 or outcome, and no score grid", async () => {
    const second = await makeUser({
      roles: ["POLITICAL_OFFICE"],
      departmentId: dept.id,
      realName: "政治处乙",
    });
    const roundId = await newRound("回避测试遴选", { places: 1 });
    expect((await register(second, roundId)).ok).toBe(true);
    expect((await register(staff[0], roundId)).ok).toBe(true);
    await actAs(second);
    const recused = {
      ok: false,
      message: "您已报名本轮遴选，按回避规定不能办理本轮的设置、评分、公示和结果",
    };
    expect(
      await updateQuotaRound({
        id: roundId,
        title: "改名",
        places: "1",
        registrationOpensAt: dayStr(-1),
        registrationClosesAt: dayStr(5),
        components: COMPONENTS,
      }),
    ).toEqual(recused);
    expect(await startQuotaScoring({ roundId })).toEqual(recused);
    expect(await db.quotaRound.findUniqueOrThrow({ where: { id: roundId } })).toMatchObject({
      title: "回避测试遴选",
      status: "REGISTRATION",
    });
    expect(await isRegistrant(roundId, second.id)).toBe(true);

    // Another member of 政治处 runs it; the registrant still cannot enter scores, publish or conclude.
    await actAs(office);
    expect((await startQuotaScoring({ roundId })).ok).toBe(true);
    const comps = await components(roundId);
    const regs = [await regOf(roundId, second.id), await regOf(roundId, staff[0].id)];
    const entries = regs.flatMap((r) =>
      comps.map((c) => ({ registrationId: r.id, componentId: c.id, value: "99" })),
    );
    await actAs(second);
    expect(await saveQuotaScores({ roundId, entries })).toEqual(recused);
    expect(await db.quotaScore.count({ where: { registration: { roundId } } })).toBe(0);
    expect(
      await publishQuotaPublicity({ roundId, count: "1", startsOn: dayStr(0), endsOn: dayStr(7) }),
    ).toEqual(recused);
    expect(await concludeQuotaRound({ roundId })).toEqual(recused);
    expect(await lastAudit()).toMatchObject({
      action: "quota.conclude",
      result: "FAILURE",
      userId: second.id,
    });
    // The score grid page shows the registrant a notice instead of the grid.
    const page = textsOf(
      await QuotaScoresPage({
        params: Promise.resolve({ id: roundId }),
        searchParams: Promise.resolve({}),
      }),
    ).join(" ");
    expect(page).toContain("按回避规定不能查看或录入本轮成绩");
  });
});
