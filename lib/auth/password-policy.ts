// Password policy (docs/security.md item 1): 12–128 characters, at least 3 of 4
// character classes, not a common password (list in common-passwords.txt,
// ~15,000 entries) and not the user's own name or username.
import fs from "node:fs";
import path from "node:path";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
export const PASSWORD_MAX_AGE_DAYS = 90;

let commonCache: Set<string> | null = null;

export function commonPasswords(): Set<string> {
  if (!commonCache) {
    const file = path.join(process.cwd(), "lib/auth/common-passwords.txt");
    commonCache = new Set(
      fs
        .readFileSync(file, "utf8")
        .split("\n")
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean),
    );
  }
  return commonCache;
}

export function characterClasses(pw: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(pw)).length;
}

function isCommon(pw: string): boolean {
  const list = commonPasswords();
  const lower = pw.toLowerCase();
  if (list.has(lower)) return true;
  // "Password@2024!" is still "password": strip decorations at both ends.
  const core = lower.replace(/^[^a-z]+/, "").replace(/[^a-z]+$/, "");
  return core.length >= 4 && list.has(core) && core.length * 2 >= lower.length;
}

export type PasswordContext = { username?: string; realName?: string };

/** Returns the Chinese reasons the password is refused; empty when acceptable. */
export function checkPassword(pw: string, ctx: PasswordContext = {}): string[] {
  const errors: string[] = [];
  if (pw.length < PASSWORD_MIN) errors.push(`密码至少 ${PASSWORD_MIN} 个字符`);
  if (pw.length > PASSWORD_MAX) errors.push(`密码最多 ${PASSWORD_MAX} 个字符`);
  if (characterClasses(pw) < 3) errors.push("密码须包含大写字母、小写字母、数字、符号中的至少三类");
  if (pw.length <= PASSWORD_MAX && isCommon(pw))
    errors.push("该密码过于常见，容易被猜中，请换一个");
  const lower = pw.toLowerCase();
  if (ctx.username && ctx.username.length >= 3 && lower.includes(ctx.username.toLowerCase())) {
    errors.push("密码不能包含用户名");
  }
  if (ctx.realName && ctx.realName.length >= 2 && pw.includes(ctx.realName)) {
    errors.push("密码不能包含本人姓名");
  }
  return errors;
}

export function isPasswordExpired(changedAt: Date | null, now: Date = new Date()): boolean {
  if (!changedAt) return true;
  return now.getTime() - changedAt.getTime() > PASSWORD_MAX_AGE_DAYS * 24 * 60 * 60 * 1000;
}
