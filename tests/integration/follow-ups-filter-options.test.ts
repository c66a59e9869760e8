// The board's 部门 and 承办人 filters stay bounded however large the 院 grows
// (issue 18): they offer only who holds follow-ups under the other filters,
// the FILTER_OPTION_LIMIT holding the most, say when the list was cut, and
// always show the person or department a ?assigneeId= / ?departmentId= link
// chose. Staff, whose list is their own, get no such choice.
import { beforeAll, describe, expect, it } from "vitest";

import {
  assigneeFilterOptions,
  departmentFilterOptions,
  FILTER_OPTION_LIMIT,
} from "@/lib/follow-ups/filter-options";
import { FollowUpListFilter } from "@/lib/follow-ups/schemas";

import { makeFollowUp, viewer, type User } from "./fixtures/follow-ups";
import { makeDepartment, makeUser } from "./helpers";

const TAG = `督筛${Math.floor(Math.random() * 1e6)}`;
let office: User, leader: User, staff: User, heavy: User, idle: User;
let dept: string, far: string;
const holders: User[] = [];
const depts: string[] = [];

beforeAll(async () => {
  office = await makeUser({ roles: ["POLITICAL_OFFICE"] });
  leader = await makeUser({ roles: ["LEADER"] });
  staff = await makeUser();
  idle = await makeUser({ realName: `${TAG}无督办` });
  dept = (await makeDepartment()).id;
  far = (await makeDepartment()).id;
  // More people hold this department's follow-ups than the filter lists; one holds three.
  heavy = await makeUser({ realName: `${TAG}承办多` });
  for (let i = 0; i < 3; i++) await makeFollowUp({ assigneeId: heavy.id, departmentId: dept });
  for (let i = 0; i < FILTER_OPTION_LIMIT + 5; i++) {
    const u = await makeUser({ realName: `${TAG}承办${i}` });
    holders.push(u);
    await makeFollowUp({ assigneeId: u.id, departmentId: dept, status: "IN_PROGRESS" });
  }
  // And heavy's follow-ups span more departments than the filter lists.
  for (let i = 0; i < FILTER_OPTION_LIMIT + 2; i++) {
    const d = (await makeDepartment()).id;
    depts.push(d);
    await makeFollowUp({ assigneeId: heavy.id, departmentId: d, status: "CLOSED" });
  }
});

const parse = (q: Record<string, string>) => FollowUpListFilter.parse(q);

describe("承办人 filter", () => {
  it("lists at most FILTER_OPTION_LIMIT holders under the other filters, the busiest first kept", async () => {
    const v = await viewer(office);
    const a = await assigneeFilterOptions(v, parse({ departmentId: dept }));
    expect(a.options).toHaveLength(FILTER_OPTION_LIMIT);
    expect(a.capped).toBe(true);
    expect(a.options.find((o) => o.value === heavy.id)?.label).toMatch(
      new RegExp(`^${TAG}承办多（.+，3 项）$`),
    );
    expect(a.options.map((o) => o.value)).not.toContain(idle.id);
    // The keyword does not narrow the choice; the status does.
    expect(
      (await assigneeFilterOptions(v, parse({ departmentId: dept, q: "无此词" }))).options,
    ).toHaveLength(FILTER_OPTION_LIMIT);
    const open = await assigneeFilterOptions(v, parse({ departmentId: dept, status: "OPEN" }));
    expect(open).toEqual({
      options: [expect.objectContaining({ value: heavy.id })],
      capped: false,
    });
  });

  it("shows the person a link chose even when they hold nothing in the choice", async () => {
    const v = await viewer(leader);
    const a = await assigneeFilterOptions(v, parse({ departmentId: dept, assigneeId: idle.id }));
    expect(a.options).toHaveLength(FILTER_OPTION_LIMIT + 1);
    expect(a.options.find((o) => o.value === idle.id)?.label).toMatch(
      new RegExp(`^${TAG}无督办（.+）$`),
    );
  });

  it("is offered to no one whose list is their own", async () => {
    const v = await viewer(staff);
    expect(await assigneeFilterOptions(v, parse({}))).toEqual({ options: [], capped: false });
    expect(await departmentFilterOptions(v, parse({}))).toEqual({ options: [], capped: false });
  });
});

describe("部门 filter", () => {
  it("lists at most FILTER_OPTION_LIMIT departments holding follow-ups, and the chosen one", async () => {
    const v = await viewer(office);
    const d = await departmentFilterOptions(v, parse({ assigneeId: heavy.id }));
    expect(d.capped).toBe(true);
    expect(d.options).toHaveLength(FILTER_OPTION_LIMIT);
    expect(d.options.find((o) => o.value === dept)?.label).toMatch(/（3 项）$/);
    const chosen = await departmentFilterOptions(
      v,
      parse({ assigneeId: heavy.id, departmentId: far }),
    );
    expect(chosen.options.map((o) => o.value)).toContain(far);
    expect(chosen.options).toHaveLength(FILTER_OPTION_LIMIT + 1);
    const closed = await departmentFilterOptions(
      v,
      parse({ assigneeId: heavy.id, status: "ACTIVE" }),
    );
    expect(closed).toEqual({ options: [expect.objectContaining({ value: dept })], capped: false });
  });
});
