// 改革咨询 → 督办 (issue 15 item 8): 政治处 opens one follow-up from a
// consultation, under its lock (parallel clicks open one), with a title of
// its topics only; the follow-up links back to the consultation for the desk
// and for nobody else; staff may not open one.
import { describe, expect, it } from "vitest";

import { askConsultation, openConsultationFollowUp } from "@/lib/consult/actions";
import { db } from "@/lib/db";
import { getFollowUpDetail } from "@/lib/follow-ups/queries";

import { assignee, office, setupFollowUps, viewer } from "./fixtures/follow-ups";
import { actAs, makeDepartment, makeUser } from "./helpers";
import { dataOf } from "./result";

setupFollowUps();

const QUESTION = "员额退出后原办案组的案件如何移交，是否影响本人年度考核？";

async function newConsultation() {
  const dept = await makeDepartment();
  const asker = await makeUser({ departmentId: dept.id });
  await actAs(asker);
  const { id } = dataOf(
    await askConsultation({ channel: "ONLINE", tags: ["QUOTA", "EXIT"], question: QUESTION }),
  );
  return { id, asker, dept };
}

describe("转督办 from a consultation", () => {
  it("opens one follow-up in the asker's department, titled by topic only, audited", async () => {
    const c = await newConsultation();
    await actAs(office);
    const r = dataOf(await openConsultationFollowUp({ id: c.id }));
    const f = await db.followUp.findUniqueOrThrow({ where: { id: r.followUpId } });
    expect(f).toMatchObject({
      sourceType: "CONSULTATION",
      sourceId: c.id,
      departmentId: c.dept.id,
      status: "OPEN",
    });
    expect(f.title).toBe("改革咨询督办（入额、员额退出）");
    expect(f.title).not.toContain("移交");
    const audit = await db.auditLog.findFirst({
      where: { action: "consult.followup.open" },
      orderBy: { seq: "desc" },
    });
    expect(audit).toMatchObject({ result: "SUCCESS", objectId: c.id });
    expect(audit?.detail).not.toContain("移交");
  });

  it("two parallel clicks open exactly one follow-up; the second is told so in Chinese", async () => {
    const c = await newConsultation();
    await actAs(office);
    const results = await Promise.all([
      openConsultationFollowUp({ id: c.id }),
      openConsultationFollowUp({ id: c.id }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, message: "该咨询已转督办" });
    expect(await db.followUp.count({ where: { sourceType: "CONSULTATION", sourceId: c.id } })).toBe(
      1,
    );
  });

  it("the follow-up links back to the consultation for the desk only", async () => {
    const c = await newConsultation();
    await actAs(office);
    const { followUpId } = dataOf(await openConsultationFollowUp({ id: c.id }));
    await db.followUp.update({ where: { id: followUpId }, data: { assigneeId: assignee.id } });
    expect((await getFollowUpDetail(await viewer(office), followUpId))?.sourceLink).toEqual({
      href: `/consult/${c.id}`,
      label: "查看改革咨询",
    });
    expect((await getFollowUpDetail(await viewer(assignee), followUpId))?.sourceLink).toBeNull();
  });

  it("staff may not open one, and nothing is written", async () => {
    const c = await newConsultation();
    await actAs(c.asker);
    const r = await openConsultationFollowUp({ id: c.id });
    expect(r.ok).toBe(false);
    expect(await db.followUp.count({ where: { sourceId: c.id } })).toBe(0);
  });
});
