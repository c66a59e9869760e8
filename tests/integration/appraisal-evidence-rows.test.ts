// The evidence page's rows (issue 14), described by the domain that owns each
// record: the person opens every record behind their own score; 政治处 and
// 院领导 every kind but talk-campaign rows and sealed discipline records,
// which they only count; a head or a scorer counts only. A record that no
// longer exists is a row without a link; a department's thousands of ids are
// read in slices (SQLite's parameter limit).
import { beforeAll, describe, expect, it } from "vitest";

import type { Evidence } from "@/lib/appraisal/auto/types";
import { evidenceRows } from "@/lib/appraisal/sheets/evidence";

import { confirmedConduct, setupAppraisalWorld, staffA } from "./fixtures/appraisal";

setupAppraisalWorld();

let citation: string;
let sanction: string;

beforeAll(async () => {
  const make = (extra: object) =>
    confirmedConduct(staffA[0], { title: "年度嘉奖", docNo: "梁检政〔2026〕31号", ...extra });
  citation = await make({});
  sanction = await make({
    category: "DISCIPLINE",
    kind: "SANCTION",
    sanctionCategory: "PARTY_WARNING",
    level: "",
    title: "处分决定标题",
    docNo: "梁检纪〔2026〕3号",
  });
});

const group = async (relation: Parameters<typeof evidenceRows>[0], e: Evidence) =>
  (await evidenceRows(relation, [e]))[0];

describe("evidence rows", () => {
  it("conduct: discipline opens on the person's own sheet only, without its title", async () => {
    const e: Evidence = { type: "ConductRecord", label: "履职表现", ids: [citation, sanction] };
    const own = await group("SELF", e);
    expect(own.count).toBe(2);
    expect(own.rows.map((r) => r.text).sort()).toEqual(
      ["2026/03/12 年度嘉奖", "2026/03/12 纪律处分记录"].sort(),
    );
    expect(own.rows.every((r) => r.href === `/conduct/${r.id}`)).toBe(true);
    const reader = await group("READER", e);
    expect([reader.count, reader.rows.map((r) => r.id)]).toEqual([2, [citation]]);
    for (const rel of ["HEAD", "SCORER"] as const)
      expect(await group(rel, e)).toMatchObject({ count: 2, rows: [] });
  });

  it("talk campaigns: rows for the person only; 政治处 counts them", async () => {
    const e: Evidence = { type: "TalkCampaignMember", label: "谈话", ids: ["campaign1:user1"] };
    expect((await group("SELF", e)).rows).toEqual([
      { id: "campaign1:user1", text: "谈话计划对象 ampaign1", href: "/talks/campaigns/campaign1" },
    ]);
    expect(await group("READER", e)).toMatchObject({ count: 1, rows: [] });
  });

  it("a record that is gone is a row without a link; 1,200 ids are read in slices", async () => {
    const gone: Evidence = { type: "StudyLog", label: "学习记录", ids: ["gone"] };
    expect((await group("READER", gone)).rows).toEqual([{ id: "gone", text: "记录", href: null }]);
    const many = Array.from({ length: 1200 }, (_, i) => `act${i}:${staffA[0].id}`);
    for (const type of ["StudyAttendance", "FollowUp", "ConductRecord", "EssayEntry"] as const) {
      const g = await group("SELF", { type, label: type, ids: many });
      expect([g.count, g.rows.length]).toEqual([1200, 1200]);
    }
  });
});
