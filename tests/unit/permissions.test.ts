// Every cell of the role × permission table (docs/security.md item 8), written out
// independently of lib/auth/permissions.ts so that any change to the table
// has to be made twice, on purpose.
import { describe, expect, it } from "vitest";

import { ALL_PERMISSIONS, can, roleHas, rolesWith, type Permission } from "@/lib/auth/permissions";
import { ROLES, type Role } from "@/lib/auth/roles";

//                               LEADER  PO  HEAD LIAISON STAFF ADMIN AUDITOR
const MATRIX = `
home.view                         1     1    1     1      1     1     1
account.manage                    1     1    1     1      1     1     1
notification.read                 1     1    1     1      1     1     1
admin.user.manage                 0     0    0     0      0     1     0
admin.department.manage           0     0    0     0      0     1     0
admin.setting.manage              0     0    0     0      0     1     0
audit.read                        0     0    0     0      0     0     1
direction.read                    1     1    1     1      1     0     0
direction.manage                  1     1    0     0      0     0     0
deployment.progress               0     1    1     1      1     0     0
report.submit                     0     0    0     1      0     0     0
report.review                     0     0    1     0      0     0     0
report.readDepartment             0     0    1     1      0     0     0
report.readAll                    0     1    0     0      0     0     0
report.readSummary                1     1    0     0      0     0     0
report.compliance                 1     1    0     0      0     0     0
report.configure                  0     1    0     0      0     0     0
report.urge                       0     1    0     0      0     0     0
followup.manage                   0     1    0     0      0     0     0
followup.readAll                  1     1    0     0      0     0     0
followup.work                     1     1    1     1      1     0     0
mailbox.write                     1     1    1     1      1     0     0
mailbox.handle                    1     1    0     0      0     0     0
talk.record                       1     1    1     0      0     0     0
talk.readAll                      0     1    0     0      0     0     0
talk.recordAny                    1     1    0     0      0     0     0
talk.campaign                     0     1    0     0      0     0     0
talk.campaignRead                 1     1    0     0      0     0     0
majorMatter.file                  1     1    1     1      1     0     0
majorMatter.acknowledge           0     1    0     0      0     0     0
pulse.answer                      1     1    1     1      1     0     0
pulse.manage                      0     1    0     0      0     0     0
dashboard.leadership              1     1    0     0      0     0     0
analysisReport.read               1     1    0     0      0     0     0
analysisReport.manage             0     1    0     0      0     0     0
analysisReport.annex              1     1    1     0      0     0     0
study.log                         1     1    1     1      1     0     0
study.manage                      0     1    0     0      0     0     0
study.rankings                    1     1    0     0      0     0     0
consult.ask                       1     1    1     1      1     0     0
consult.answer                    0     1    0     0      0     0     0
quota.register                    0     0    0     0      1     0     0
quota.manage                      0     1    0     0      0     0     0
column.read                       1     1    1     1      1     0     0
column.manage                     0     1    0     0      0     0     0
conduct.read                      1     1    1     1      1     0     0
conduct.readDepartment            0     0    1     0      0     0     0
conduct.readAll                   1     1    0     0      0     0     0
conduct.manage                    0     1    0     0      0     0     0
culture.participate               1     1    1     1      1     0     0
culture.manage                    0     1    0     0      0     0     0
department.view                   1     1    1     1      0     0     0
department.viewAll                0     1    0     0      0     0     0
people.readAll                    1     1    0     0      0     0     0
people.readDepartment             0     0    1     1      0     0     0
me.view                           1     1    1     1      1     0     0
workbench.view                    0     1    0     0      0     0     0
milestone.manage                  0     1    0     0      0     0     0
appraisal.read                    1     1    0     0      0     0     0
appraisal.manage                  0     1    0     0      0     0     0
appraisal.score                   1     1    1     1      1     0     0
`;

const ORDER: Role[] = [
  "LEADER",
  "POLITICAL_OFFICE",
  "DEPT_HEAD",
  "LIAISON",
  "STAFF",
  "SYS_ADMIN",
  "AUDITOR",
];
const expected = new Map<string, Record<Role, boolean>>();
for (const line of MATRIX.trim().split("\n")) {
  const [perm, ...cells] = line.trim().split(/\s+/);
  expected.set(
    perm,
    Object.fromEntries(ORDER.map((r, i) => [r, cells[i] === "1"])) as Record<Role, boolean>,
  );
}

describe("permission table", () => {
  it("lists exactly the permissions written out here", () => {
    expect([...ALL_PERMISSIONS].sort()).toEqual([...expected.keys()].sort());
  });

  const cells = [...expected.entries()].flatMap(([perm, row]) =>
    ROLES.map((role) => [perm, role, row[role]] as const),
  );
  it.each(cells)("%s × %s = %s", (perm, role, allowed) => {
    expect(roleHas(role, perm as Permission)).toBe(allowed);
  });

  it("SYS_ADMIN and AUDITOR reach no business permission", () => {
    const businessPrefixes = [
      "direction",
      "deployment",
      "report",
      "followup",
      "mailbox",
      "talk",
      "majorMatter",
      "pulse",
      "dashboard",
      "study",
      "consult",
      "quota",
      "column",
      "appraisal",
      "department",
      "analysisReport",
    ];
    for (const perm of ALL_PERMISSIONS.filter((p) =>
      businessPrefixes.some((b) => p.startsWith(`${b}.`)),
    )) {
      expect(can(["SYS_ADMIN"], perm), perm).toBe(false);
      expect(can(["AUDITOR"], perm), perm).toBe(false);
    }
  });

  it("rolesWith lists exactly the roles whose cell is 1", () => {
    for (const [perm, row] of expected)
      expect([...rolesWith(perm as Permission)].sort(), perm).toEqual(
        ORDER.filter((r) => row[r]).sort(),
      );
  });

  it("a user with several roles gets the union", () => {
    expect(can(["STAFF"], "report.submit")).toBe(false);
    expect(can(["STAFF", "LIAISON"], "report.submit")).toBe(true);
    expect(can([], "home.view")).toBe(false);
  });
});
