// The server action body guard (scripts/action-guard.mjs, used by
// scripts/server.mjs): every body that React's own client encodes passes, and
// the bodies that made Next.js answer 500 are refused with 400 or 413.
import { createRequire } from "node:module";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  checkActionBody,
  isGuardedRequest,
  MAX_DEPTH,
  MULTIPART_LIMIT,
  nestsDeeperThan,
  TEXT_LIMIT,
} from "../../scripts/action-guard.mjs";

// The encoder the browser runs (React's reply client, as Next.js ships it).
const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.edge") as {
  encodeReply: (v: unknown) => Promise<string | FormData>;
};

const ACTION = "7f584990dd6e467051eb4bcc9117e2330b440129f5";
const text = (body: string) =>
  checkActionBody(
    { "next-action": ACTION, "content-type": "text/plain;charset=UTF-8" },
    Buffer.from(body),
  );
const BAD = { status: 400, message: "请求格式有误" };

/** What the browser sends for these arguments: its headers and bytes. */
async function encoded(args: unknown[]) {
  const reply = await encodeReply(args);
  if (typeof reply === "string")
    return {
      headers: { "next-action": ACTION, "content-type": "text/plain;charset=UTF-8" },
      body: Buffer.from(reply),
    };
  const res = new Response(reply);
  return {
    headers: { "next-action": ACTION, "content-type": res.headers.get("content-type") ?? "" },
    body: Buffer.from(await res.arrayBuffer()),
  };
}

function multipart(
  parts: { name: string; value: string; filename?: string }[],
  boundary = "----b0undary",
) {
  const body =
    parts
      .map(
        (p) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ""}\r\n\r\n${p.value}\r\n`,
      )
      .join("") + `--${boundary}--\r\n`;
  return {
    headers: { "next-action": ACTION, "content-type": `multipart/form-data; boundary=${boundary}` },
    body: Buffer.from(body),
  };
}

describe("which requests are checked", () => {
  it("checks action POSTs and multipart POSTs to pages only", () => {
    expect(isGuardedRequest("POST", "/mailbox/track", { "next-action": ACTION })).toBe(true);
    expect(
      isGuardedRequest("POST", "/study", { "content-type": "multipart/form-data; boundary=x" }),
    ).toBe(true);
    expect(isGuardedRequest("GET", "/study", { "next-action": ACTION })).toBe(false);
    expect(
      isGuardedRequest("POST", "/api/auth/callback/credentials", {
        "content-type": "application/x-www-form-urlencoded",
      }),
    ).toBe(false);
    expect(
      isGuardedRequest("POST", "/api/x", { "content-type": "multipart/form-data; boundary=x" }),
    ).toBe(false);
    expect(isGuardedRequest("POST", "/login", { "content-type": "text/plain" })).toBe(false);
  });
});

describe("nesting depth", () => {
  it("counts brackets outside strings only, without recursion", () => {
    expect(nestsDeeperThan("[".repeat(20_000) + "]".repeat(20_000), MAX_DEPTH)).toBe(true);
    expect(nestsDeeperThan(`["${"[".repeat(500)}"]`, MAX_DEPTH)).toBe(false);
    expect(nestsDeeperThan(`["\\"${"{".repeat(500)}"]`, MAX_DEPTH)).toBe(false);
    expect(nestsDeeperThan("[".repeat(MAX_DEPTH) + "]".repeat(MAX_DEPTH), MAX_DEPTH)).toBe(false);
    expect(nestsDeeperThan("[".repeat(MAX_DEPTH + 1), MAX_DEPTH)).toBe(true);
  });
});

describe("text bodies", () => {
  it.each([
    ["empty", ""],
    ["not JSON", "[{"],
    ["plain text", "hello"],
    ["20,000 deep", "[".repeat(20_000) + "]".repeat(20_000)],
    ["65 deep objects", "[" + '{"a":'.repeat(64) + "1" + "}".repeat(64) + "]"],
    ["not an array", '{"code":"x"}'],
    ["a reference to a missing part", '["$1"]'],
    ["a promise reference", '["$@0"]'],
    ["an unknown tag", '["$Z"]'],
    ["a bad BigInt", '["$nx"]'],
    ["a path to nowhere", '["$0:5:x"]'],
    ["a path through the prototype", '["$0:constructor:constructor"]'],
    ["too many arguments", JSON.stringify(Array(1001).fill(1))],
  ])("refuses %s", (_label, body) => {
    expect(text(body)).toEqual(BAD);
  });

  it("refuses a body over the limit with 413", () => {
    expect(text(`["${"a".repeat(TEXT_LIMIT)}"]`)).toEqual({ status: 413, message: "请求内容过大" });
  });

  it.each([
    ["one object", [{ code: "ABCD-EFGH", body: '[[[[{{{{ "quoted" \\' }]],
    ["no arguments", []],
    ["null", [null]],
    [
      "special values",
      [new Date(0), 12n, undefined, Number.NaN, -0, Number.POSITIVE_INFINITY, "$dollar"],
    ],
    [
      "an object passed twice",
      (() => {
        const o = { a: 1 };
        return [{ x: o, y: [o] }, o];
      })(),
    ],
    ["63 levels of nesting", [JSON.parse("[".repeat(62) + "]".repeat(62))]],
  ])("lets through what React encodes: %s", async (_label, args) => {
    const { headers, body } = await encoded(args);
    expect(headers["content-type"]).toMatch(/^text\/plain/);
    expect(checkActionBody(headers, body)).toBeNull();
  });
});

describe("multipart bodies", () => {
  it("lets through what React encodes for FormData, files, Maps, Sets and binary", async () => {
    const fd = new FormData();
    fd.set("title", "标题");
    fd.append("userIds[]", "a");
    fd.append("userIds[]", "b");
    fd.set("file", new File([new Uint8Array(1024)], "材料.pdf", { type: "application/pdf" }));
    for (const args of [
      [fd],
      [null, fd],
      [new Map([["a", 1]])],
      [new Set([1, 2])],
      [new Uint8Array([1, 2, 3])],
      [{ when: new Date(), tags: new Set(["x"]) }],
    ]) {
      const { headers, body } = await encoded(args);
      expect(headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
      expect(checkActionBody(headers, body), JSON.stringify(headers)).toBeNull();
    }
  });

  it("lets through a 10 MB upload, the largest there is", async () => {
    const fd = new FormData();
    fd.set("activityId", "c".repeat(25));
    fd.set(
      "file",
      new File([new Uint8Array(10 * 1024 * 1024).fill(0x2d)], "大文件.pdf", {
        type: "application/pdf",
      }),
    );
    const { headers, body } = await encoded([null, fd]);
    expect(body.length).toBeGreaterThan(10 * 1024 * 1024);
    expect(checkActionBody(headers, body)).toBeNull();
  });

  it("refuses a body over the limit with 413", () => {
    const { headers, body } = multipart([
      { name: "0", value: `["${"a".repeat(MULTIPART_LIMIT)}"]` },
    ]);
    expect(checkActionBody(headers, body)).toEqual({ status: 413, message: "请求内容过大" });
  });

  it.each([
    ["no boundary", { "content-type": "multipart/form-data" }, "--x\r\n"],
    ["garbage", { "content-type": "multipart/form-data; boundary=b" }, "garbage"],
    [
      "a truncated part",
      { "content-type": "multipart/form-data; boundary=b" },
      '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n["x"',
    ],
    [
      "no closing delimiter",
      { "content-type": "multipart/form-data; boundary=b" },
      '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n["x"]\r\n',
    ],
    [
      "a part without headers",
      { "content-type": "multipart/form-data; boundary=b" },
      "--b\r\n[1]\r\n--b--\r\n",
    ],
  ])("refuses %s", (_label, headers, body) => {
    expect(checkActionBody({ "next-action": ACTION, ...headers }, Buffer.from(body))).toEqual(BAD);
    // The same body posted as a plain form (no Next-Action header) too.
    expect(checkActionBody(headers, Buffer.from(body))).toEqual(BAD);
  });

  it.each([
    ["a deep root part", [{ name: "0", value: "[".repeat(20_000) + "]".repeat(20_000) }]],
    [
      "a deep outlined part",
      [
        { name: "1", value: "[".repeat(100) + "]".repeat(100) },
        { name: "0", value: '["$Q1"]' },
      ],
    ],
    ["a root part that is not JSON", [{ name: "0", value: "[{" }]],
    ["no root part", [{ name: "1_title", value: "x" }]],
    ["a reference to a missing part", [{ name: "0", value: '["$Q9"]' }]],
  ])("refuses %s", (_label, parts) => {
    const { headers, body } = multipart(parts);
    expect(checkActionBody(headers, body)).toEqual(BAD);
  });

  it("leaves a form's own text fields alone, whatever they hold", () => {
    const { headers, body } = multipart([
      { name: "1_title", value: "[".repeat(500) },
      { name: "0", value: '["$K1"]' },
    ]);
    expect(checkActionBody(headers, body)).toBeNull();
  });
});

describe("property: whatever the browser encodes passes", () => {
  it("for random JSON-like arguments", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.anything({
            maxDepth: 5,
            withDate: true,
            withBigInt: true,
            withMap: true,
            withSet: true,
            withTypedArray: true,
            withSparseArray: false,
            withNullPrototype: false,
            withBoxedValues: false,
          }),
          { maxLength: 4 },
        ),
        async (args) => {
          const { headers, body } = await encoded(args);
          expect(checkActionBody(headers, body)).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });
});
