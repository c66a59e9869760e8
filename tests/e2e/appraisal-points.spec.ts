// 履职表现加减分表 (issue 14): zzc (政治处) opens it from 绩效考评, a value of
// the wrong sign is refused beside its field, a valid one is saved and shown
// with who changed it, and 恢复默认 (after the in-page confirmation) brings the
// default back. staff1 gets 404.
import { expect, test } from "@playwright/test";

import { loginOk, newUserPage } from "./helpers";

test("政治处 edits the conduct points table; others get 404", async ({ browser }) => {
  const zzc = await newUserPage(browser);
  await loginOk(zzc, "zzc");
  await zzc.goto("/appraisal");
  await zzc.getByRole("link", { name: "履职表现加减分表" }).click();
  await expect(zzc.getByRole("heading", { name: "履职表现加减分表", level: 1 })).toBeVisible();
  await expect(zzc.getByText("已快照的周期不受本表修改影响")).toBeVisible();
  await zzc.screenshot({ path: "/tmp/points.png", fullPage: true });

  const citation = zzc.getByLabel("表彰奖励 嘉奖 分值");
  const row = zzc.getByRole("row").filter({ has: citation });
  await citation.fill("-1");
  await zzc.getByRole("button", { name: "保存加减分表" }).click();
  await expect(row.getByRole("alert")).toHaveText("加分项（表彰奖励、创新履职）的分值不能为负数");
  await expect(citation).toHaveValue("-1");

  await citation.fill("3.5");
  await zzc.getByRole("button", { name: "保存加减分表" }).click();
  await expect(zzc.getByText("已保存 1 项修改。")).toBeVisible();
  await expect(row).toContainText("+3.50");
  await expect(row).not.toContainText("默认值");
  await zzc.screenshot({ path: "/tmp/points-saved.png", fullPage: true });

  await row.getByRole("button", { name: /恢复默认/ }).click();
  const dialog = zzc.getByRole("dialog", { name: "恢复默认" });
  await expect(dialog).toContainText("+3.50");
  await dialog.getByRole("button", { name: "恢复默认" }).click();
  await expect(zzc.getByText("已恢复默认分值。")).toBeVisible();
  await expect(row).toContainText("默认值");
  await expect(citation).toHaveValue("2.00");

  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  expect((await staff.goto("/appraisal/points"))?.status()).toBe(404);
  await staff.goto("/appraisal");
  await expect(staff.getByRole("link", { name: "履职表现加减分表" })).toHaveCount(0);
  for (const p of [zzc, staff]) await p.context().close();
});
