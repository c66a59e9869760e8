// The cross-module journey: an organiser records attendance, and the
// attendee's points on 我的学习 rise by exactly the points table's value.
import { expect, test } from "@playwright/test";

import { loginOk, newUserPage } from "./helpers";

const TITLE = "理想信念教育：观看专题片《榜样》";

test("an organiser records attendance and the attendee's points update", async ({ browser }) => {
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto("/study/points");
  const perPresent = Number(await office.getByLabel("出席其他学习活动（分/次）").inputValue());
  expect(perPresent).toBeGreaterThan(0);

  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  await staff.goto("/study");
  const points0 = Number(await staff.getByTestId("my-points").textContent());

  // zzc organises the upcoming 理想信念 session (all staff expected).
  await office.goto("/study/activities");
  await office.getByRole("link", { name: TITLE }).click();
  await expect(office.getByRole("heading", { name: TITLE })).toBeVisible();
  await office.getByLabel("按部门显示").selectOption("第一检察部");
  const sun = office.getByRole("radiogroup", { name: "孙浩然 考勤" });
  await sun.getByText("出席").click();
  await expect(sun.getByRole("radio", { name: "出席" })).toBeChecked();
  await office.getByRole("button", { name: "保存考勤" }).click();
  await expect(office.getByText("考勤已保存")).toBeVisible();

  await staff.reload();
  await expect(staff.getByTestId("my-points")).toHaveText(
    String(Math.round((points0 + perPresent) * 100) / 100),
  );
  for (const p of [office, staff]) await p.context().close();
});
