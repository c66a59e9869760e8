// The quarterly 干警思想状况分析报告 in the browser (issue 16): 政治处 drafts
// a quarter, writes the 问题与建议, and issues it after the in-page
// confirmation; the issued version is frozen; a leader reads it; a head
// cannot open the report, and the annex shows them their own department only.
import { expect, test } from "@playwright/test";

import { confirmDialog, loginOk, newUserPage } from "./helpers";

test("政治处 drafts, edits 问题与建议 and issues; a leader reads it; a head sees only their own annex rows", async ({
  browser,
}) => {
  const zzc = await newUserPage(browser);
  await loginOk(zzc, "zzc");
  await zzc.goto("/analysis-reports");
  await expect(zzc.getByRole("heading", { name: "思想状况分析报告", level: 1 })).toBeVisible();
  // The seed's issued quarters and this quarter's draft.
  await expect(zzc.getByRole("cell", { name: /已签发/ }).first()).toBeVisible();
  await zzc.screenshot({ path: "/tmp/analysis-list.png", fullPage: true });

  // A reversed range is refused in Chinese.
  await zzc.getByRole("link", { name: "起草报告" }).click();
  await zzc.getByLabel("自定义日期").check();
  await zzc.getByLabel("开始日期").fill("2026-06-30");
  await zzc.getByLabel("结束日期").fill("2026-06-01");
  await zzc.getByRole("button", { name: "生成报告草稿" }).click();
  await expect(zzc.getByText("结束日期不能早于开始日期")).toBeVisible();

  // The last complete quarter (preselected).
  await zzc.getByLabel("按季度").check();
  const quarter = await zzc
    .getByLabel("季度", { exact: true })
    .locator("option:checked")
    .textContent();
  await zzc.getByLabel("文号", { exact: true }).fill("检政〔2099〕1号");
  await zzc.getByRole("button", { name: "生成报告草稿" }).click();
  await zzc.waitForURL(/\/analysis-reports\/(?!new$)[^/?]+$/);
  const url = zzc.url();
  await expect(zzc.getByRole("heading", { level: 1 })).toContainText(
    `${quarter}干警思想状况分析报告`,
  );
  for (const title of ["一、总体情况", "二、各部门情况", "四、预警与关注", "十、问题与建议"])
    await expect(zzc.getByRole("heading", { name: title, level: 2 })).toBeVisible();
  // Figures open the records behind them.
  await expect(zzc.locator('[data-figure="overview:reported"] a')).toHaveAttribute(
    "href",
    /^\/reports\?kind=PERIODIC/,
  );
  await expect(zzc.getByText("根据数据生成的建议要点")).toBeVisible();

  // 问题与建议, in Markdown; raw HTML is not rendered.
  const proposals = zzc.locator("#s-proposals");
  await proposals
    .getByLabel(/问题与建议（支持 Markdown）/)
    .fill("1. **第四检察部**连续低于基线，建议开展专题谈心谈话。\n2. <b>raw</b> 不应渲染为粗体");
  await proposals.getByRole("button", { name: "保存文字" }).click();
  await expect(proposals.getByText("已保存")).toBeVisible();
  await expect(proposals.locator('[data-narrative="proposals"] strong')).toHaveText("第四检察部");
  await expect(proposals.locator('[data-narrative="proposals"] b')).toHaveCount(0);
  await zzc.screenshot({ path: "/tmp/analysis-draft.png", fullPage: true });

  // 签发 with the in-page confirmation; then nothing is editable.
  await zzc.getByRole("button", { name: "签发", exact: true }).click();
  await confirmDialog(zzc, "签发");
  await expect(zzc.getByText(/^已签发 /)).toBeVisible();
  await expect(zzc.getByRole("button", { name: "保存文字" })).toHaveCount(0);
  await expect(zzc.getByRole("button", { name: "新建版本" })).toBeVisible();

  // A leader reads the issued report, with no controls.
  const leader = await newUserPage(browser);
  await loginOk(leader, "leader");
  await leader.goto(url);
  await expect(leader.getByRole("heading", { level: 1 })).toContainText(`${quarter}`);
  await expect(leader.locator('[data-narrative="proposals"] strong')).toHaveText("第四检察部");
  await expect(leader.getByRole("button", { name: "签发", exact: true })).toHaveCount(0);
  await leader.screenshot({ path: "/tmp/analysis-leader.png", fullPage: true });
  await leader.getByRole("link", { name: "保密附件" }).click();
  await expect(leader.getByText("内部资料 注意保密")).toBeVisible();
  const allDepartments = await leader.locator("tbody tr td:first-child").allTextContents();

  // A head: no report page; the annex shows their own department only.
  const head = await newUserPage(browser);
  await loginOk(head, "head1");
  const res = await head.goto(url);
  expect(res?.status()).toBe(404);
  await head.goto(leader.url());
  await expect(head.getByText("仅本部门")).toBeVisible();
  const own = await head.locator("tbody tr td:first-child").allTextContents();
  expect(new Set(own).size).toBeLessThanOrEqual(1);
  if (new Set(allDepartments).size > 1) expect(own.length).toBeLessThan(allDepartments.length);
  await head.screenshot({ path: "/tmp/analysis-head-annex.png", fullPage: true });
});
