// Campaign lists and coverage cards read their figures for all campaigns at
// once (issue 18: lists without a per-row query): the 谈话计划 list, the
// dashboard's and a department's talk-coverage cards, and the 专题学习教育
// list send the same number of statements for two campaigns as for six, and
// every campaign still gets its own figures (one of two members covered; one
// present, one absent).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { campaignCoverage } from "@/lib/dashboard/figures";
import { DAY_MS } from "@/lib/dates";
import { db } from "@/lib/db";
import { listStudyCampaigns } from "@/lib/study/campaigns/list";
import { StudyCampaignListFilter } from "@/lib/study/campaigns/schemas";
import { listCampaignTable } from "@/lib/talks/campaign-list";
import { departmentCampaignCoverage } from "@/lib/talks/queries";
import { CampaignListFilter } from "@/lib/talks/schemas";

import { makeDepartment, makeUser } from "./helpers";
import { countQueries } from "./query-count";

const tag = `覆盖查询${Date.now().toString(36)}`;
const now = new Date();
let dept: { id: string };
let office: { id: string };
let people: { id: string }[];
const talkIds: string[] = [];
const studyIds: string[] = [];

async function addCampaigns(k: number) {
  for (let i = 0; i < k; i++) {
    const n = talkIds.length;
    const t = await db.talkCampaign.create({
      data: {
        title: `${tag}谈话${n}`,
        scopeType: "DEPARTMENTS",
        scopeValue: dept.id,
        startsOn: new Date(now.getTime() - 10 * DAY_MS),
        endsOn: new Date(now.getTime() + 10 * DAY_MS),
        createdById: office.id,
        members: { create: people.map((p) => ({ userId: p.id })) },
      },
    });
    await db.talkRecord.create({
      data: {
        interviewerId: office.id,
        intervieweeId: people[0].id,
        heldOn: new Date(now.getTime() - DAY_MS),
        occasion: "ROUTINE",
        notesEnc: "x",
        campaignId: t.id,
        createdById: office.id,
      },
    });
    talkIds.push(t.id);
    const s = await db.studyCampaign.create({
      data: {
        title: `${tag}学习${n}`,
        startsOn: new Date(now.getTime() - 10 * DAY_MS),
        endsOn: new Date(now.getTime() + 10 * DAY_MS),
        createdById: office.id,
        activities: {
          create: {
            type: "PARTY_GROUP",
            title: `${tag}活动${n}`,
            heldAt: new Date(now.getTime() - DAY_MS),
            scopeType: "ALL",
            organiserId: office.id,
            createdById: office.id,
            attendance: {
              create: [
                { userId: people[0].id, status: "PRESENT" },
                { userId: people[1].id, status: "ABSENT" },
              ],
            },
          },
        },
      },
    });
    studyIds.push(s.id);
  }
}

const loaders: Record<string, () => Promise<unknown>> = {
  talkList: () => listCampaignTable(CampaignListFilter.parse({ q: tag })),
  dashboardCard: () => campaignCoverage(db, now),
  departmentCard: () => departmentCampaignCoverage(dept.id, now),
  studyList: () => listStudyCampaigns(StudyCampaignListFilter.parse({ q: tag })),
};

async function measure() {
  const out: Record<string, number> = {};
  for (const [name, load] of Object.entries(loaders))
    out[name] = (await countQueries(load)).queries;
  return out;
}

beforeAll(async () => {
  dept = await makeDepartment();
  office = await makeUser({ roles: ["POLITICAL_OFFICE"], departmentId: dept.id });
  people = [await makeUser({ departmentId: dept.id }), await makeUser({ departmentId: dept.id })];
});

afterAll(async () => {
  await db.talkRecord.deleteMany({ where: { campaignId: { in: talkIds } } });
  await db.talkCampaign.deleteMany({ where: { id: { in: talkIds } } });
  await db.studyAttendance.deleteMany({ where: { activity: { campaignId: { in: studyIds } } } });
  await db.studyActivity.deleteMany({ where: { campaignId: { in: studyIds } } });
  await db.studyCampaign.deleteMany({ where: { id: { in: studyIds } } });
});

describe("campaign figures in grouped reads", () => {
  it("send the same statements for two campaigns as for six, each with its own figures", async () => {
    await addCampaigns(2);
    const two = await measure();
    await addCampaigns(4);
    const six = await measure();
    expect(six).toEqual(two);

    const talks = (await listCampaignTable(CampaignListFilter.parse({ q: tag }))).rows;
    expect(talks).toHaveLength(6);
    for (const r of talks) expect([r.members, r.covered, r.percent]).toEqual([2, 1, 50]);
    const card = await departmentCampaignCoverage(dept.id, now);
    expect(card.filter((c) => talkIds.includes(c.id))).toHaveLength(6);
    for (const c of card) expect([c.members, c.covered]).toEqual([2, 1]);
    const study = (await listStudyCampaigns(StudyCampaignListFilter.parse({ q: tag }))).rows;
    expect(study).toHaveLength(6);
    for (const r of study)
      expect(r.tally).toMatchObject({ expected: 2, present: 1, absent: 1, rate: 50 });
  });
});
