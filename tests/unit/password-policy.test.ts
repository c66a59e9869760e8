import { describe, expect, it } from "vitest";

import {
  checkPassword,
  commonPasswords,
  isPasswordExpired,
  PASSWORD_MAX,
} from "@/lib/auth/password-policy";

describe("password policy (docs/security.md item 1)", () => {
  it("ships a common-password list of at least 1,000 entries", () => {
    expect(commonPasswords().size).toBeGreaterThanOrEqual(1000);
  });

  it("accepts a long password with three classes", () => {
    expect(checkPassword("Hu7-Lake-Quiet-River")).toEqual([]);
    expect(checkPassword("granite harbor 42 lamp")).toEqual([]); // lower + digit + space
  });

  it("refuses fewer than 12 characters", () => {
    expect(checkPassword("Ab1!Ab1!Ab1")).toContain("密码至少 12 个字符");
    expect(checkPassword("Ab1!Ab1!Ab1x")).toEqual([]);
  });

  it("accepts 128 characters and refuses 129", () => {
    const base = "Aa1!".repeat(32);
    expect(base).toHaveLength(PASSWORD_MAX);
    expect(checkPassword(base)).toEqual([]);
    expect(checkPassword(`${base}x`)).toContain("密码最多 128 个字符");
  });

  it("requires three of four character classes", () => {
    expect(checkPassword("onlylowercaseletters")).toContain(
      "密码须包含大写字母、小写字母、数字、符号中的至少三类",
    );
    expect(checkPassword("lowercase123456")).toContain(
      "密码须包含大写字母、小写字母、数字、符号中的至少三类",
    );
    expect(checkPassword("Lowercase123456")).toEqual([]);
  });

  it("refuses common passwords, also when decorated", () => {
    expect(checkPassword("P@ssw0rd1234")).toContain("该密码过于常见，容易被猜中，请换一个");
    expect(checkPassword("Password@2024!")).toContain("该密码过于常见，容易被猜中，请换一个");
    expect(checkPassword("Qwertyuiop123!")).toContain("该密码过于常见，容易被猜中，请换一个");
  });

  it("refuses the user's own username or name", () => {
    expect(checkPassword("Lx0042-Spring-9", { username: "lx0042" })).toContain(
      "密码不能包含用户名",
    );
    expect(checkPassword("张伟Spring-2024x", { realName: "张伟" })).toContain(
      "密码不能包含本人姓名",
    );
    expect(checkPassword("Orchid-Spring-2024", { username: "lx0042", realName: "张伟" })).toEqual(
      [],
    );
  });

  it("expires after 90 days", () => {
    const now = new Date("2026-06-01T00:00:00Z");
    expect(isPasswordExpired(new Date("2026-03-04T00:00:00Z"), now)).toBe(false); // 89 days
    expect(isPasswordExpired(new Date("2026-03-02T00:00:00Z"), now)).toBe(true); // 91 days
    expect(isPasswordExpired(null, now)).toBe(true);
  });
});
