// 绩效考评, the second half (issue 14), through the UI on the seeded 2026 cycle
// (打分中, some scorers late): 政治处 (zzc) is refused 校准 while scores are
// missing; the late scorers finish; zzc moves to 校准, reads the departments'
// grades against the target, calibrates staff1 (refused without a reason, then
// before → after on the sheet and in the auditor's log), publishes; staff1 and
// liaison1 object (a second one from a stale page refused; another's sheet is
// 404); zzc answers (archiving refused while one is open), archives; the cycle
// is read-only and a stale calibration form is refused. A browser cannot let
// the 公示 window run out: the spec moves its end into the past in the e2e
// database (the clock), and finds the late scorers there.
import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";

import { stableId } from "../../prisma/seed/random";
import { confirmDialog, loginOk, newUserPage } from "./helpers";

const CYCLE = stableId("appraisal-cycle:2026");
const BASE = `/appraisal/${CYCLE}`;
const DB_FILE = "data/e2e.db"; // scripts/e2e-server.mjs

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `/tmp/review-${name}.png`, fullPage: true });

function withDb<T>(f: (db: Database.Database) => T): T {
  const db = new Database(DB_FILE);
  try {
    db.pragma("busy_timeout = 5000");
    return f(db);
  } finally {
    db.close();
  }
}

/** The usernames of scorers with a named task still open in the cycle. */
const lateScorers = () =>
  withDb((db) =>
    db
      .prepare(
        `SELECT DISTINCT u.username AS username FROM AppraisalAssignment a
         JOIN AppraisalSheet s ON s.id = a.sheetId JOIN User u ON u.id = a.scorerId
         WHERE s.cycleId = ? AND a.scoredAt IS NULL ORDER BY u.username`,
      )
      .all(CYCLE)
      .map((r) => (r as { username: string }).username),
  );

/** The clock: the 公示 window ended a minute ago. */
const endPublicity = () =>
  withDb((db) =>
    db
      .prepare(`UPDATE AppraisalCycle SET publicityEndsAt = ? WHERE id = ?`)
      .run(new Date(Date.now() - 60_000).toISOString().replace("Z", "+00:00"), CYCLE),
  );

async function advance(page: Page, to: string) {
  await page.goto(BASE);
  await page.getByRole("button", { name: `进入“${to}”` }).click();
  await confirmDialog(page, `进入“${to}”`);
}

const currentStep = (page: Page) =>
  page.getByRole("list", { name: "考评阶段" }).locator("[aria-current=step]");

test("zzc calibrates, publishes, answers the objections and archives the 2026 cycle", async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");

  await test.step("校准 is refused while named scorers are late; they score", async () => {
    await office.goto(BASE);
    await expect(currentStep(office)).toHaveText("打分中");
    await office.getByRole("button", { name: "进入“校准”" }).click();
    await confirmDialog(office, "进入“校准”");
    await expect(
      office
        .getByRole("alert")
        .filter({ hasText: /^还有 \d+ 项评分未完成，请催办评分人后再进入校准$/ }),
    ).toBeVisible();
    await shot(office, "01-console-refused");
    const late = lateScorers();
    expect(late.length).toBeGreaterThan(0);
    for (const username of late) {
      const scorer = await newUserPage(browser);
      await loginOk(scorer, username);
      await scorer.goto(`${BASE}/score`);
      const named = scorer
        .locator("section")
        .filter({ has: scorer.getByRole("heading", { name: /^评分任务/ }) });
      const open = named.locator("li").filter({ hasText: /已逾期|待评/ });
      for (let n = await open.count(); n > 0; n--) {
        const item = open.first();
        await item.getByLabel(/ 评分$/).fill("85");
        await item.getByRole("button", { name: "保存" }).click();
        await expect(open).toHaveCount(n - 1);
      }
      await scorer.context().close();
    }
    expect(lateScorers()).toEqual([]);
  });

  await test.step("zzc moves to 校准", async () => {
    await advance(office, "校准");
    await expect(currentStep(office)).toHaveText("校准", { timeout: 60_000 });
    await expect(office.getByRole("button", { name: "进入“公示”" })).toBeVisible();
    await shot(office, "02-console-calibration");
  });

  let staffSheet = "";
  let headSheet = "";
  let stale: Page;
  await test.step("calibration: the distribution, a total refused without a reason, then with one", async () => {
    await office.goto(`${BASE}/calibration`);
    await expect(office.getByText(/^目标分布：优秀不超过 \d+%/)).toBeVisible();
    const dist = office.getByRole("table", { name: "各部门等次分布" });
    await expect(dist.getByRole("row", { name: /^第一检察部/ })).toBeVisible();
    await expect(dist.getByRole("row", { name: /^全院/ })).toBeVisible();
    await shot(office, "03-calibration");
    headSheet = (await office.getByRole("link", { name: "王振华" }).getAttribute("href"))!;

    const row = office.getByRole("row", { name: /孙浩然/ });
    staffSheet = (await row.getByRole("link", { name: "孙浩然" }).getAttribute("href"))!;
    const finalCell = row.getByRole("cell").nth(4);
    const before = (await finalCell.textContent())!.trim();
    await row.getByText("调整总分").click();
    const after = (Math.round((Number(before) + 1.5) * 100) / 100).toFixed(2);
    await row.getByLabel("孙浩然 调整后的总分").fill(after);
    await row.getByRole("button", { name: "保存校准" }).click();
    await expect(row.getByRole("alert").filter({ hasText: "请填写调整理由" })).toBeVisible();
    await shot(office, "04-calibrate-no-reason");
    await office.reload();
    await expect(
      office
        .getByRole("row", { name: /孙浩然/ })
        .getByRole("cell")
        .nth(4),
    ).toHaveText(before);

    const row2 = office.getByRole("row", { name: /孙浩然/ });
    await row2.getByText("调整总分").click();
    await row2.getByLabel("孙浩然 调整后的总分").fill(after);
    await row2
      .getByLabel("孙浩然 调整理由")
      .fill("承办的重大案件获评市级精品案件，部门评分未能体现");
    await row2.getByRole("button", { name: "保存校准" }).click();
    await expect(row2.getByText("已校准，排名和等次已重新计算。")).toBeVisible();
    await expect(row2.getByRole("cell").nth(4)).toContainText(after);
    await expect(row2.getByRole("cell").nth(4)).toContainText("已调整");
    await shot(office, "05-calibrated");

    // The sheet keeps before → after with the reason.
    await office.goto(staffSheet);
    const adj = office.getByRole("table", { name: "总分调整记录" });
    await expect(adj.getByRole("row", { name: /校准/ })).toContainText(
      new RegExp(`${before.replace(".", "\\.")}.*→\\s*${after.replace(".", "\\.")}`),
    );
    await expect(adj).toContainText("承办的重大案件获评市级精品案件");
    await shot(office, "06-sheet-calibrated");

    // A calibration page left open, for the end.
    stale = await office.context().newPage();
    await stale.goto(`${BASE}/calibration`);
  });

  await test.step("the auditor sees the calibration in the log", async () => {
    const auditor = await newUserPage(browser);
    await loginOk(auditor, "auditor");
    await auditor.goto("/audit?action=appraisal.calibrate");
    const r = auditor.getByRole("row").filter({ hasText: "appraisal.calibrate" }).first();
    await expect(r).toContainText("校准考评总分");
    await expect(r).toContainText("zzc");
    await expect(r).toContainText("AppraisalSheet");
    await shot(auditor, "07-audit");
    await auditor.context().close();
  });

  await test.step("zzc publishes the 公示", async () => {
    await advance(office, "公示");
    await expect(currentStep(office)).toHaveText("公示");
    await shot(office, "08-console-publicity");
  });

  await test.step("staff1 reads their sheet and objects once; another's sheet is 404", async () => {
    const staff = await newUserPage(browser);
    await loginOk(staff, "staff1");
    await staff.goto(`${BASE}/mine`);
    await staff.waitForURL(/\/sheets\//);
    expect(new URL(staff.url()).pathname).toBe(staffSheet);
    await expect(staff.getByRole("table", { name: "总分调整记录" })).toContainText("校准");
    const twin = await staff.context().newPage();
    await twin.goto(staffSheet);
    await expect(staff.getByRole("link", { name: "提出异议" })).toHaveAttribute(
      "href",
      "#objection",
    );
    await staff.getByLabel("异议内容").fill("本人承办的两起案件未计入办案数量，请予复核。");
    await staff.getByRole("button", { name: "提出异议" }).click();
    // The form gives way to the objection, 待答复.
    const objection = staff
      .locator("section")
      .filter({ has: staff.getByRole("heading", { name: "异议" }) });
    await expect(objection.getByText("待答复")).toBeVisible();
    await expect(objection).toContainText("政治处答复后会通知您。");
    await expect(objection).toContainText("本人承办的两起案件未计入办案数量");
    await expect(staff.getByRole("button", { name: "提出异议" })).toHaveCount(0);
    await shot(staff, "09-mine-objected");
    // A second objection, from a page opened before the first was filed.
    await twin.getByLabel("异议内容").fill("再次提出：民主测评结果与本人实际表现不符。");
    await twin.getByRole("button", { name: "提出异议" }).click();
    await expect(
      twin
        .getByRole("alert")
        .filter({ hasText: /^您已对本考评表提出过异议，每份考评表只能提出一次/ }),
    ).toBeVisible();
    await shot(twin, "10-second-objection");
    expect((await staff.goto(headSheet))?.status()).toBe(404);
    await staff.context().close();

    const liaison = await newUserPage(browser);
    await loginOk(liaison, "liaison1");
    await liaison.goto(`${BASE}/mine`);
    await liaison.waitForURL(/\/sheets\//);
    await liaison.getByLabel("异议内容").fill("民主测评结果与本人实际表现不符，请予复核。");
    await liaison.getByRole("button", { name: "提出异议" }).click();
    await expect(liaison.getByText("待答复")).toBeVisible();
    await liaison.context().close();
  });

  await test.step("after the window, zzc moves to 异议处理 and answers", async () => {
    await advance(office, "异议处理");
    await expect(office.getByRole("alert").filter({ hasText: "公示期尚未结束" })).toBeVisible();
    endPublicity();
    await advance(office, "异议处理");
    await expect(currentStep(office)).toHaveText("异议处理");

    await office.goto(`${BASE}/objections`);
    await expect(office.getByText("共 2 件，待答复 2 件", { exact: false })).toBeVisible();
    await shot(office, "11-objections");
    const liaisonCard = office.locator("section").filter({ hasText: "赵雅琴" });
    await liaisonCard.getByLabel("答复意见").fill("经复核，民主测评程序和结果无误，维持原结果。");
    await liaisonCard.getByRole("button", { name: "提交答复" }).click();
    await expect(liaisonCard.getByText("维持", { exact: true })).toBeVisible();

    // One still open: archiving is refused.
    await advance(office, "已归档");
    await expect(
      office.getByRole("alert").filter({ hasText: "还有 1 件异议未答复，不能归档" }),
    ).toBeVisible();

    await office.goto(`${BASE}/objections`);
    const staffCard = office.locator("section").filter({ hasText: "孙浩然" });
    await staffCard.getByLabel("处理结果").selectOption("ADJUSTED");
    const total = staffCard.getByLabel("调整后的总分");
    const now = Number(await total.inputValue());
    await total.fill((now + 1).toFixed(2));
    await staffCard
      .getByLabel("答复意见")
      .fill("经复核部门案件台账，补计办案数量，总分上调 1 分。");
    await staffCard.getByRole("button", { name: "提交答复" }).click();
    await expect(staffCard.getByText("已调整", { exact: true })).toBeVisible();
    await expect(office.getByText("共 2 件，均已答复。")).toBeVisible();
    await expect(staffCard).toContainText(/调整：\d+\.\d\d（.+）\s*→\s*\d+\.\d\d/);
    await shot(office, "12-objections-answered");

    await office.goto(staffSheet);
    await expect(
      office.getByRole("table", { name: "总分调整记录" }).getByRole("row", { name: /异议处理/ }),
    ).toBeVisible();
  });

  await test.step("archived: read-only, and a stale form is refused", async () => {
    await advance(office, "已归档");
    await expect(currentStep(office)).toHaveText("已归档");
    await expect(office.getByRole("button", { name: /^进入“/ })).toHaveCount(0);
    await expect(office.getByRole("heading", { name: "修改考评指标" })).toHaveCount(0);
    await shot(office, "13-console-archived");
    await office.goto(`${BASE}/calibration`);
    await expect(office.getByText("调整总分")).toHaveCount(0);
    await office.goto(`${BASE}/objections`);
    await expect(office.getByRole("button", { name: "提交答复" })).toHaveCount(0);

    const row = stale.getByRole("row", { name: /王振华/ });
    await row.getByText("调整总分").click();
    await row.getByLabel("王振华 调整后的总分").fill("99");
    await row.getByLabel("王振华 调整理由").fill("归档后尝试修改总分");
    await row.getByRole("button", { name: "保存校准" }).click();
    await expect(
      row.getByRole("alert").filter({ hasText: "考评周期处于“已归档”阶段，不能校准" }),
    ).toBeVisible();
    await shot(stale, "14-stale-refused");

    const staff = await newUserPage(browser);
    await loginOk(staff, "staff1");
    await staff.goto(staffSheet);
    await expect(staff.getByText("经复核部门案件台账", { exact: false }).first()).toBeVisible();
    await shot(staff, "15-mine-archived");
  });
});
