// 社团 through the UI: staff1 asks to join 东林法学社 and an officer approves
// (staff1 is notified); the officer publishes a club event starting in about
// ten minutes, staff1 registers, and at 签到 (open from half an hour before the
// start) the officer records attendance with the shared attendance sheet;
// staff1 then sees 出席 and can no longer cancel. The
// officer is an ordinary seeded member of staff (prisma/seed/culture-events/
// people.ts), signed in with the demo password like every seeded account.
import { expect, test, type Page } from "@playwright/test";

import { donglinPeople } from "../../prisma/seed/culture-events/people";
import { buildOrganisation } from "../../prisma/seed/org";
import { Rng, SEED } from "../../prisma/seed/random";
import { confirmDialog, loginOk, newUserPage } from "./helpers";

const CLUB = "东林法学社";
const STAFF1 = "孙浩然";
const officer = donglinPeople(buildOrganisation(new Rng(SEED))).officers[0];

async function openClub(page: Page) {
  await page.goto("/culture/clubs");
  await page.getByRole("link", { name: CLUB }).click();
  await expect(page.getByRole("heading", { name: CLUB, level: 1 })).toBeVisible();
}

/**
 * A datetime-local value (Asia/Shanghai) on a whole minute 10–11 minutes
 * ahead, and that instant: registration is still open, and 签到 (from 30
 * minutes before the start) already is.
 */
function startSoon(): { value: string; at: number } {
  const at = Math.ceil((Date.now() + 10 * 60_000) / 60_000) * 60_000;
  const value = new Date(at + 8 * 3600_000).toISOString().slice(0, 16);
  return { value, at };
}

test("someone joins a club, registers for its event and attends it", async ({ browser }) => {
  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  await openClub(staff);
  await expect(staff.getByRole("heading", { name: "社团章程" })).toBeVisible();
  await staff.getByRole("button", { name: "申请加入" }).click();
  await expect(staff.getByText("已提交入社申请，等待社团负责人审批")).toBeVisible();
  // Not a member yet: the officer's queue has no place for staff1 to act in.
  await expect(staff.getByRole("heading", { name: /入社申请/ })).toHaveCount(0);

  // The officer approves from the club page.
  const off = await newUserPage(browser);
  await loginOk(off, officer.username);
  await openClub(off);
  await expect(off.getByRole("heading", { name: /入社申请（\d+）/ })).toBeVisible();
  await off.getByRole("button", { name: `通过 ${STAFF1}`, exact: true }).click();
  await expect(off.getByRole("button", { name: `通过 ${STAFF1}`, exact: true })).toHaveCount(0);

  // staff1 is told, and is now a member.
  await staff.goto("/notifications");
  await expect(staff.getByText(`您加入${CLUB}的申请已通过`).first()).toBeVisible();
  await openClub(staff);
  await expect(staff.getByText("您是本社团成员")).toBeVisible();

  // The officer publishes an event that starts shortly.
  const title = `e2e 读书分享 ${Date.now().toString(36)}`;
  const start = startSoon();
  await off.getByRole("link", { name: "发布社团活动" }).click();
  await off.getByLabel("活动类型").selectOption("READING");
  await off.getByLabel("活动名称").fill(title);
  await off.getByLabel("开始时间").fill(start.value);
  await off.getByLabel("名额").fill("5");
  await off.getByRole("button", { name: "发布活动" }).click();
  await expect(off.getByRole("heading", { name: title })).toBeVisible();
  const eventUrl = off.url();

  // staff1 registers (a place is free), and cannot register twice.
  await staff.goto(eventUrl);
  await staff.getByRole("button", { name: "报名" }).click();
  await expect(staff.getByText("报名成功")).toBeVisible();
  await staff.reload();
  await expect(staff.getByRole("button", { name: "取消报名" })).toBeVisible();
  await expect(staff.getByText("已报名").first()).toBeVisible();

  // 签到 is open (the event starts within half an hour): the officer records staff1 as present.
  await off.reload();
  const sheet = off.getByRole("form", { name: "登记考勤" });
  await expect(sheet).toBeVisible();
  await sheet
    .getByRole("radiogroup", { name: `${STAFF1} 考勤` })
    .getByText("出席")
    .click();
  await sheet.getByRole("button", { name: "保存考勤" }).click();
  await expect(off.getByText("考勤已保存")).toBeVisible();

  // staff1 sees the attendance on the event page.
  await staff.reload();
  await expect(staff.getByText("考勤：")).toBeVisible();
  await expect(staff.getByText("出席", { exact: true })).toBeVisible();
  await expect(staff.getByRole("button", { name: "取消报名" })).toHaveCount(0);

  // Leaving asks first, in the page.
  await openClub(staff);
  await staff.getByRole("button", { name: "退出社团" }).click();
  await confirmDialog(staff, "退出社团");
  await expect(staff.getByRole("button", { name: "申请加入" })).toBeVisible();
});
