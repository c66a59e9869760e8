// Sorting and searching lists through the URL (lib/list-sort.ts).
import { describe, expect, it } from "vitest";

import { parseKeyword, parseSort, withParams } from "@/lib/list-sort";

const ALLOWED = ["submittedAt", "department"] as const;
const DEFAULT = { key: "submittedAt", dir: "desc" } as const;

describe("parseSort", () => {
  it("takes an allowed column and direction", () => {
    expect(parseSort({ sort: "department", dir: "desc" }, ALLOWED, DEFAULT)).toEqual({
      key: "department",
      dir: "desc",
    });
    expect(parseSort({ sort: "department" }, ALLOWED, DEFAULT)).toEqual({
      key: "department",
      dir: "asc",
    });
  });
  it("falls back on an unknown column, an injected one, or an array", () => {
    expect(parseSort({ sort: "passwordHash" }, ALLOWED, DEFAULT)).toEqual(DEFAULT);
    expect(parseSort({ sort: "department; DROP TABLE" }, ALLOWED, DEFAULT)).toEqual(DEFAULT);
    expect(parseSort({ sort: ["department", "x"] }, ALLOWED, DEFAULT)).toEqual(DEFAULT);
    expect(parseSort({}, ALLOWED, DEFAULT)).toEqual(DEFAULT);
  });
  it("ignores a bad direction", () => {
    expect(parseSort({ sort: "department", dir: "sideways" }, ALLOWED, DEFAULT).dir).toBe("asc");
  });
});

describe("parseKeyword / withParams", () => {
  it("trims and bounds the keyword", () => {
    expect(parseKeyword({ q: "  张三 " })).toBe("张三");
    expect(parseKeyword({ q: "   " })).toBeUndefined();
    expect(parseKeyword({ q: "甲".repeat(80) })).toHaveLength(50);
    expect(parseKeyword({ q: ["a", "b"] })).toBeUndefined();
  });
  it("keeps the filters, drops the page, and changes one parameter", () => {
    expect(
      withParams({ status: "OPEN", page: "3", q: "" }, { sort: "department", dir: "asc" }),
    ).toBe("?status=OPEN&sort=department&dir=asc");
    expect(withParams({ sort: "x" }, { sort: undefined })).toBe("");
  });
});
