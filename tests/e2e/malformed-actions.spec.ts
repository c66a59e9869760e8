// Malformed server action requests get a 400 (413 when too large) from the
// production server's body guard (scripts/action-guard.mjs), never Next.js's
// 500, and the server keeps serving. Posted with the Next-Action header of a
// real action: the sessionless tracking page's (lib/mailbox/track-actions.ts),
// its id read from the build's manifest.
import fs from "node:fs";

import { expect, test, type APIRequestContext } from "@playwright/test";

import { nextIp } from "./helpers";

const PAGE = "/mailbox/track";
const BOUNDARY = "----e2eBoundary7MA4YWxkTrZu0gW";
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;
const TEXT = "text/plain;charset=UTF-8";

function actionId(exportedName: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(".next/server/server-reference-manifest.json", "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const id = Object.entries(manifest.node).find(
    ([, v]) =>
      v.exportedName === exportedName && v.filename?.endsWith("lib/mailbox/track-actions.ts"),
  )?.[0];
  if (!id) throw new Error(`no action ${exportedName} in the build`);
  return id;
}

function part(name: string, value: string, filename?: string) {
  return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"\r\nContent-Type: application/pdf` : ""}\r\n\r\n${value}\r\n`;
}
const end = `--${BOUNDARY}--\r\n`;

async function post(
  request: APIRequestContext,
  body: string | Buffer,
  contentType: string | null,
  id: string | null,
) {
  // Origin must match Host for Next.js to run an action at all; each call
  // from its own address, clear of the tracking page's per-address limit.
  const headers: Record<string, string> = {
    origin: `http://localhost:${process.env.E2E_PORT ?? 3100}`,
    "x-forwarded-for": nextIp(),
    accept: "text/x-component",
  };
  if (id) headers["next-action"] = id;
  if (contentType) headers["content-type"] = contentType;
  return request.post(PAGE, { headers, data: body, maxRedirects: 0 });
}

test("malformed action bodies get 400 or 413, never 500, and the server keeps serving", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const id = actionId("openTrackedLetter");
  const deep = "[".repeat(20_000) + "]".repeat(20_000);

  // A well-formed call still reaches the action: a bad code gets its Chinese answer.
  const ok = await post(request, JSON.stringify([{ code: "不是访问码" }]), TEXT, id);
  expect(ok.status()).toBe(200);
  expect(await ok.text()).toContain("提交的内容有误");

  const cases: [string, string | Buffer, string | null, number][] = [
    ["empty body", "", TEXT, 400],
    ["invalid JSON", "[{", TEXT, 400],
    ["20,000-deep JSON", deep, TEXT, 400],
    ["a reference to a part that is not there", '["$1"]', TEXT, 400],
    ["no content type, not JSON", "x", null, 400],
    ["multipart without a boundary", "garbage", "multipart/form-data", 400],
    ["multipart garbage", "garbage, not a form", MULTIPART, 400],
    [
      "truncated multipart",
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{"code":"x"`,
      MULTIPART,
      400,
    ],
    ["multipart with a 20,000-deep root", part("0", deep) + end, MULTIPART, 400],
    ["an oversized text body", `["${"a".repeat(3 * 1024 * 1024)}"]`, TEXT, 413],
    [
      "an oversized multipart body",
      part("1_file", "a".repeat(12 * 1024 * 1024), "big.pdf") + part("0", '["$K1"]') + end,
      MULTIPART,
      413,
    ],
  ];
  for (const [label, body, contentType, status] of cases) {
    const res = await post(request, body, contentType, id);
    expect(res.status(), label).toBe(status);
    expect(await res.text(), label).toMatch(status === 413 ? "请求内容过大" : "请求格式有误");
  }

  // A form posted without JavaScript (no Next-Action header) with a broken body.
  const plainForm = await post(request, "garbage", MULTIPART, null);
  expect(plainForm.status()).toBe(400);

  // A 10 MB upload, the largest there is, passes the guard and reaches the action.
  const upload = await post(
    request,
    part("1_code", "ABCD") +
      part("1_file", "%PDF-".padEnd(10 * 1024 * 1024, "-"), "材料.pdf") +
      part("0", '["$K1"]') +
      end,
    MULTIPART,
    id,
  );
  expect(upload.status()).toBe(200);
  expect(await upload.text()).toContain("提交的内容有误");

  // Unknown and malformed action ids: Next.js's own 4xx, not 500.
  const unknown = await post(request, "[]", TEXT, "7f" + "0".repeat(40));
  expect(unknown.status()).toBe(409);
  const invalid = await post(request, "[]", TEXT, "not-an-action-id");
  expect(invalid.status()).toBe(400);

  // U+0000, which PostgreSQL cannot store: refused in a body with the
  // action's Chinese answer, and in a path or query with 400 (lib/security/unstorable.ts).
  const nul = await post(request, JSON.stringify([{ code: "AB\u0000CD" }]), TEXT, id);
  expect(nul.status()).toBe(200);
  expect(await nul.text()).toContain("无法保存的字符");
  for (const url of [
    "/reports/ab%00cd",
    "/follow-ups?q=%00",
    "/api/attachments/a%00b",
    "/login?x=%00",
  ]) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(400);
  }

  // Still serving.
  expect((await request.get("/login")).status()).toBe(200);
  const again = await post(request, JSON.stringify([{ code: "不是访问码" }]), TEXT, id);
  expect(again.status()).toBe(200);
});
