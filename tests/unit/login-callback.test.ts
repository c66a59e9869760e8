// No open redirect after login (docs/security.md item 13, issue 11): every hostile form
// of callbackUrl falls back to "/", and same-origin paths survive as the
// browser would resolve them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { safeCallbackPath } from "@/lib/auth/callback";

const hostile = [
  "/\\evil.invalid/x",
  "/%5Cevil.invalid/x".replace("%5C", "\\"),
  "/\tevil.invalid/x",
  "/\t/evil.invalid/x",
  "/\n/evil.invalid/x",
  "/\r\n/evil.invalid",
  "\\\\evil.invalid",
  "\\/evil.invalid",
  "//evil.invalid/x",
  "///evil.invalid/x",
  "////evil.invalid",
  "/.//evil.invalid/x",
  "/./\\evil.invalid",
  "/x/..//evil.invalid",
  "/%2e//evil.invalid",
  "https://evil.invalid/x",
  "http:evil.invalid",
  "https:/evil.invalid",
  "//evil.invalid@portal.invalid/",
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "ftp://evil.invalid",
  "mailto:a@evil.invalid",
  "evil.invalid",
  " /dashboard",
  "/login",
  "/login?callbackUrl=//evil.invalid",
  "/api/auth/signout",
  "",
  "\u0000/x",
  "/\u0000/evil.invalid",
];

describe("safeCallbackPath", () => {
  it.each(hostile)("refuses %j", (raw) => {
    expect(safeCallbackPath(raw)).toBe("/");
  });

  it("refuses what is not a string", () => {
    for (const v of [null, undefined, 42, ["/x"], { href: "/x" }])
      expect(safeCallbackPath(v)).toBe("/");
  });

  it.each([
    ["/dashboard", "/dashboard"],
    ["/reports?topicId=abc&from=2026-01", "/reports?topicId=abc&from=2026-01"],
    ["/talks#new", "/talks#new"],
    ["/a/../reports", "/reports"],
    ["/%2F%2Fevil.invalid", "/%2F%2Fevil.invalid"],
    ["/%5Cevil.invalid", "/%5Cevil.invalid"],
    ["/mailbox/track", "/mailbox/track"],
  ])("keeps the same-origin path %j", (raw, expected) => {
    expect(safeCallbackPath(raw)).toBe(expected);
  });

  it("never yields anything a browser would send off the portal", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `/${s}`),
          fc
            .constantFrom("/", "\\", "\t", "/.", "%2f", ":")
            .chain((p) => fc.string().map((s) => p + s)),
        ),
        (raw) => {
          const out = safeCallbackPath(raw);
          expect(out.startsWith("/")).toBe(true);
          expect(out.startsWith("//")).toBe(false);
          expect(/[\\\u0000-\u001f]/.test(out)).toBe(false);
          // As the browser resolves it on any origin, it stays on that origin.
          expect(new URL(out, "https://portal.example").origin).toBe("https://portal.example");
        },
      ),
      { numRuns: 2000 },
    );
  });
});
