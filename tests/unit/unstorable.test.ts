// U+0000 is refused where requests enter (lib/security/unstorable.ts): the proxy
// answers 400 for a path or query carrying %00, before any page or route
// handler could pass it to PostgreSQL. The action side is in
// tests/integration/nul-input.test.ts.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { containsUnstorable, urlHasNul } from "@/lib/security/unstorable";
import { proxy } from "@/proxy";

describe("containsUnstorable", () => {
  it("finds U+0000 in strings, keys, nested values, maps, sets, form fields and file names", () => {
    const fd = new FormData();
    fd.append("f", new Blob(["x"]), "a\u0000.png");
    for (const v of [
      "a\u0000",
      ["x", ["y\u0000"]],
      { ["k\u0000"]: 1 },
      { a: { b: { c: "\u0000" } } },
      new Map([["k", "\u0000"]]),
      new Set(["\u0000"]),
      fd,
      "半个字\uD83D",
      "\uDE00开头",
      ["x", { y: "a\uDBFFb" }],
      { ["\uDC00"]: 1 },
    ])
      expect(containsUnstorable(v), JSON.stringify(v)).toBe(true);
  });

  it("passes clean values, cycles and odd types", () => {
    const cyclic: Record<string, unknown> = { a: "x" };
    cyclic.self = cyclic;
    const fd = new FormData();
    fd.append("title", "学习心得");
    for (const v of [
      null,
      undefined,
      1,
      1n,
      true,
      "正常",
      "表情😀与汉字𠀀",
      cyclic,
      new Date(),
      new Uint8Array([0]),
      fd,
    ])
      expect(containsUnstorable(v)).toBe(false);
  });

  it("refuses a value whose getter throws", () => {
    const hostile = Object.defineProperty({}, "x", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(containsUnstorable(hostile)).toBe(true);
  });
});

describe("proxy", () => {
  const get = (url: string, headers: Record<string, string> = {}) =>
    proxy(new NextRequest(new URL(url, "http://localhost:3000"), { headers }));

  it("answers 400 to %00 in a page path, a query, a route handler and a prefetch", async () => {
    for (const [url, headers] of [
      ["/reports/ab%00cd", {}],
      ["/follow-ups?q=%00", {}],
      ["/api/attachments/x%00y", {}],
      ["/login?callbackUrl=%2F%00", {}],
      ["/reports/a%00", { "next-router-prefetch": "1" }],
    ] as [string, Record<string, string>][]) {
      const res = get(url, headers);
      expect(res.status, url).toBe(400);
      expect(await res.text()).toBe("请求地址含有无效字符");
    }
    expect(urlHasNul("/a%2500", "")).toBe(false);
  });

  it("still redirects anonymous page visits to /login and lets route handlers through untouched", () => {
    const page = get("/reports");
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toContain("/login?callbackUrl=%2Freports");
    const api = get("/api/attachments/abc");
    expect(api.status).toBe(200);
    expect(api.headers.get("Content-Security-Policy")).toBeNull();
    expect(api.headers.get("x-middleware-next")).toBe("1");
  });
});
