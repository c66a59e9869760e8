// 电子相册 through the UI: staff1 uploads a photo to the 全院干警电子相册 (a
// text file dressed up as a JPEG is refused); another staff member does not
// see it while it is pending; 政治处 approves it from the review queue;
// head1 sees it in the grid, opens the lightbox (←/→/Esc) and tags staff1;
// staff1 follows the notification to the photo and removes the tag.
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";

import { loginOk, newUserPage } from "./helpers";

const ALBUM = "全院干警电子相册";

async function openAlbum(page: Page) {
  await page.goto("/culture/albums");
  await expect(page.getByRole("heading", { name: "电子相册", exact: true })).toBeVisible();
  await page.getByRole("link", { name: new RegExp(ALBUM) }).click();
  await expect(page.getByRole("heading", { name: ALBUM })).toBeVisible();
}

test("a photo is uploaded, moderated, shown in the grid and lightbox, tagged and untagged", async ({
  browser,
}) => {
  const caption = `e2e 合影 ${Date.now().toString(36)}`;
  const jpeg = await sharp({
    create: { width: 900, height: 600, channels: 3, background: { r: 30, g: 120, b: 200 } },
  })
    .jpeg()
    .withExif({ IFD0: { Make: "SecretCam" } })
    .toBuffer();

  // staff1 uploads: a fake JPEG is refused, the real one waits for review.
  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  await openAlbum(staff);
  await staff.getByLabel("选择照片").setInputFiles({
    name: "假照片.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.from("not a photo at all\n".repeat(10)),
  });
  await staff.getByRole("button", { name: "上传照片" }).click();
  await expect(staff.getByText("假照片.jpg：仅支持上传 JPEG、PNG、WebP 格式的照片")).toBeVisible();
  await staff.getByLabel("选择照片").setInputFiles({
    name: "合影.jpg",
    mimeType: "image/jpeg",
    buffer: jpeg,
  });
  await staff.getByLabel(/照片说明/).fill(caption);
  await staff.getByRole("button", { name: "上传照片" }).click();
  await expect(staff.getByText("合影.jpg：已上传，待政治处审核后发布")).toBeVisible();
  const mine = staff.getByRole("button", { name: new RegExp(`查看照片 \\d+：${caption}`) });
  await expect(mine).toBeVisible();
  await expect(staff.locator("li", { has: mine }).getByText("待审核")).toBeVisible();

  // Another staff member does not see it while it is pending.
  const head = await newUserPage(browser);
  await loginOk(head, "head1");
  await openAlbum(head);
  await expect(head.getByRole("button", { name: /查看照片 1：/ })).toBeVisible();
  await expect(head.getByRole("button", { name: new RegExp(caption) })).toHaveCount(0);

  // 政治处 approves it from the queue, in the lightbox.
  const office = await newUserPage(browser);
  await loginOk(office, "zzc");
  await office.goto("/culture/albums");
  await office.getByRole("link", { name: /照片审核/ }).click();
  await expect(office.getByRole("heading", { name: "照片审核" })).toBeVisible();
  await office.getByRole("button", { name: new RegExp(caption) }).click();
  const review = office.getByRole("dialog");
  await expect(review.getByText(caption, { exact: true })).toBeVisible();
  await review.getByRole("button", { name: "审核通过" }).click();
  await expect(office.getByRole("button", { name: new RegExp(caption) })).toHaveCount(0);

  // head1 now sees it: grid, lightbox with keys, then tags staff1 (孙浩然).
  await head.reload();
  const photo = head.getByRole("button", { name: new RegExp(caption) });
  await expect(photo).toBeVisible();
  await photo.click();
  const box = head.getByRole("dialog");
  await expect(box.getByText(caption, { exact: true })).toBeVisible();
  await expect(box.getByRole("img", { name: caption })).toBeVisible();
  // The full image comes through the attachment route; wait for it to load.
  await expect
    .poll(() =>
      box.getByRole("img", { name: caption }).evaluate((i: HTMLImageElement) => i.naturalWidth),
    )
    .toBe(900);
  await head.keyboard.press("ArrowLeft");
  await expect(box.getByText(caption, { exact: true })).toHaveCount(0);
  await head.keyboard.press("ArrowRight");
  await expect(box.getByText(caption, { exact: true })).toBeVisible();
  await box.getByLabel("标记照片中的人员").fill("孙浩然");
  await box.getByRole("button", { name: /标记 孙浩然/ }).click();
  await expect(box.getByText("已标记 孙浩然")).toBeVisible();
  await expect(box.getByRole("listitem").filter({ hasText: "孙浩然" })).toBeVisible();
  await head.keyboard.press("Escape");
  await expect(box).toBeHidden();
  await expect(head.getByText("标记：孙浩然")).toBeVisible();

  // staff1 follows the notification to the photo and removes the tag.
  await staff.goto("/notifications");
  await staff.getByRole("link", { name: `王振华 在相册“${ALBUM}”的照片中标记了您` }).click();
  const own = staff.getByRole("dialog");
  await expect(own.getByText(caption, { exact: true })).toBeVisible();
  await own.getByRole("button", { name: "取消标记我" }).click();
  await expect(own.getByText("尚未标记人员")).toBeVisible();
  await staff.keyboard.press("Escape");
  await expect(staff.getByText("标记：孙浩然")).toHaveCount(0);
});

test("staff cannot reach the review queue; the thumbnail route refuses the signed-out", async ({
  browser,
}) => {
  const staff = await newUserPage(browser);
  await loginOk(staff, "staff1");
  const res = await staff.goto("/culture/albums/review");
  expect(res?.status()).toBe(404);
  // A seeded, approved photo's thumbnail: a small WebP that no shared cache keeps
  // (the route says private; next.config.ts's portal-wide no-store wins).
  await openAlbum(staff);
  const src = await staff
    .getByRole("button", { name: /查看照片 1：/ })
    .locator("img")
    .getAttribute("src");
  const ok = await staff.request.get(src!);
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toBe("image/webp");
  expect(ok.headers()["cache-control"]).toMatch(/private|no-store/);
  expect(ok.headers()["cache-control"]).not.toContain("public");
  const anon = await newUserPage(browser);
  const thumb = await anon.request.get("/api/culture/photos/c-anything/thumb");
  expect(thumb.status()).toBe(404);
});
