// 专栏 input schemas: slugs, lengths and formats, with Chinese messages.
import { describe, expect, it } from "vitest";

import { CreateArticleInput, CreateColumnInput } from "@/lib/columns/schemas";

const err = (
  r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  field: string,
) => r.error?.issues.find((i) => i.path[0] === field)?.message;

describe("column schemas", () => {
  it.each(["two-studies", "a", "judicial-reform-2026"])("accepts slug %s", (slug) => {
    expect(CreateColumnInput.safeParse({ name: "专栏", slug }).success).toBe(true);
  });
  it.each(["", "Two", "a_b", "-a", "a-", "a--b", "两学一做", "x".repeat(41), "manage", "new"])(
    "rejects slug %j",
    (slug) => {
      const r = CreateColumnInput.safeParse({ name: "专栏", slug });
      expect(r.success).toBe(false);
      expect(err(r, "slug")).toMatch(/路径标识/);
    },
  );
  it("defaults description and order", () => {
    expect(CreateColumnInput.parse({ name: " 检察文化 ", slug: "culture", sortOrder: "" })).toEqual(
      { name: "检察文化", slug: "culture", description: "", sortOrder: 0 },
    );
  });
  it("limits article title, body and format", () => {
    const ok = { columnId: "c1", title: "标题", format: "MARKDOWN", body: "正文" };
    expect(CreateArticleInput.safeParse(ok).success).toBe(true);
    expect(err(CreateArticleInput.safeParse({ ...ok, title: "" }), "title")).toBe("请填写标题");
    expect(err(CreateArticleInput.safeParse({ ...ok, title: "题".repeat(81) }), "title")).toBe(
      "标题不能超过 80 个字符",
    );
    expect(CreateArticleInput.safeParse({ ...ok, body: "文".repeat(20000) }).success).toBe(true);
    expect(err(CreateArticleInput.safeParse({ ...ok, body: "文".repeat(20001) }), "body")).toBe(
      "正文不能超过 20000 个字符",
    );
    expect(err(CreateArticleInput.safeParse({ ...ok, format: "HTML" }), "format")).toBe(
      "请选择正文格式",
    );
  });
});
