// 考评汇总 (issue 14, item 7) on the seeded, archived 2025 cycle: the 检察长
// (leader) opens the tab and sees the summary figures, the department ranking
// as a chart with a table beside it whose first row is the first-ranked
// department sheet (and the chart's first bar the same), and the 院's grades;
// head1 sees 第一检察部's grade distribution on the cycle page and no 考评汇总.
// The expected figures are read from the e2e database.
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";

import { stableId } from "../../prisma/seed/random";
import { loginOk, newUserPage } from "./helpers";

const CYCLE = stableId("appraisal-cycle:2025");
const BASE = `/appraisal/${CYCLE}`;
const DB_FILE = "data/e2e.db"; // scripts/e2e-server.mjs

function query<T>(sql: string, ...args: unknown[]): T[] {
  const db = new Database(DB_FILE, { readonly: true });
  try {
    return db.prepare(sql).all(...args) as T[];
  } finally {
    db.close();
  }
}

const centi = (c: number) => (c / 100).toFixed(2);

test("the 检察长 reads the 2025 summary; head1 reads their department's grades", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const [first] = query<{ subjectName: string; finalTotalCenti: number }>(
    `select subjectName, finalTotalCenti from AppraisalSheet
      where cycleId = ? and subjectType = 'DEPARTMENT' and rankOverall is not null
      order by rankOverall, subjectName limit 1`,
    CYCLE,
  );
  expect(first).toBeTruthy();

  const leader = await newUserPage(browser);
  await loginOk(leader, "leader");
  await leader.goto(BASE);
  await leader.getByRole("link", { name: "考评汇总" }).click();
  await expect(leader.getByRole("heading", { name: /· 考评汇总$/ })).toBeVisible();
  await expect(leader.getByText("参评人数")).toBeVisible();

  const chart = leader.locator('[data-chart="dept-ranking"]');
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(chart.locator(".recharts-yAxis-tick-labels text").first()).toHaveText(
    first.subjectName,
  );
  await expect(chart.locator(".recharts-label-list text").first()).toHaveText(
    centi(first.finalTotalCenti),
  );
  const table = leader.getByRole("table", { name: "部门考评排名" });
  const row = table.locator("tbody tr").first();
  await expect(row.locator("td").nth(0)).toHaveText("1");
  await expect(row.locator("td").nth(1)).toHaveText(first.subjectName);
  await expect(row.locator("td").nth(2)).toHaveText(centi(first.finalTotalCenti));
  await expect(leader.getByRole("table", { name: "全院等次分布与目标" })).toBeVisible();
  await leader.screenshot({ path: "/tmp/summary-leader.png", fullPage: true });

  // head1: 第一检察部's grades on the cycle page, equal to a count in the database; no 考评汇总.
  const [dept] = query<{ departmentId: string; departmentName: string }>(
    `select s.departmentId, s.departmentName from AppraisalSheet s
       join Department d on d.id = s.departmentId
       join User u on u.id = d.headId
      where s.cycleId = ? and s.subjectType = 'DEPARTMENT' and u.username = 'head1'`,
    CYCLE,
  );
  const counts = query<{ finalGrade: string; n: number }>(
    `select finalGrade, count(*) as n from AppraisalSheet
      where cycleId = ? and subjectType = 'PERSON' and departmentId = ? and finalGrade is not null
      group by finalGrade`,
    CYCLE,
    dept.departmentId,
  );
  const n = (g: string) => String(counts.find((c) => c.finalGrade === g)?.n ?? 0);
  const head = await newUserPage(browser);
  await loginOk(head, "head1");
  await head.goto(BASE);
  await expect(head.getByRole("heading", { name: "本部门等次分布" })).toBeVisible();
  const grades = head.getByRole("table", { name: `${dept.departmentName}等次分布与目标` });
  for (const [label, g] of [
    ["优秀", "EXCELLENT"],
    ["称职", "COMPETENT"],
    ["基本称职", "BASIC"],
    ["不称职", "INCOMPETENT"],
  ])
    await expect(
      grades
        .getByRole("row", { name: new RegExp(`^${label} `) })
        .locator("td")
        .nth(1),
    ).toHaveText(n(g));
  await expect(head.locator('[data-chart="grades"] .recharts-bar-rectangle').first()).toBeVisible();
  // Only their own department's distribution.
  await expect(head.getByRole("table", { name: /等次分布与目标$/ })).toHaveCount(1);
  await expect(head.getByRole("link", { name: "考评汇总" })).toHaveCount(0);
  await head
    .locator("section", { hasText: "本部门考评表" })
    .screenshot({ path: "/tmp/summary-head.png" });
  expect((await head.goto(`${BASE}/summary`))?.status()).toBe(404);
});
