"use server";

// The signed-in user's own account. A password change ends every session of
// the user, this one included (docs/security.md item 6), so the page signs out after it.
import { action } from "../action";
import { hashPassword, verifyPassword } from "../auth/password";
import { checkPassword } from "../auth/password-policy";
import { ValidationError } from "../errors";
import { ChangePasswordInput } from "./schemas";

export const changePassword = action(
  {
    name: "account.changePassword",
    permission: "account.manage",
    input: ChangePasswordInput,
    allowPendingPasswordChange: true,
  },
  async ({ db, user, input, audit }) => {
    const me = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    if (!(await verifyPassword(me.passwordHash, input.currentPassword))) {
      throw new ValidationError("当前密码不正确", { currentPassword: "当前密码不正确" });
    }
    const problems = checkPassword(input.newPassword, {
      username: user.username,
      realName: user.realName,
    });
    if (problems.length)
      throw new ValidationError("新密码不符合要求", { newPassword: problems.join("；") });
    if (await verifyPassword(me.passwordHash, input.newPassword)) {
      throw new ValidationError("新密码不能与当前密码相同", {
        newPassword: "新密码不能与当前密码相同",
      });
    }
    await db.user.update({
      where: { id: user.id },
      data: {
        passwordHash: await hashPassword(input.newPassword),
        passwordChangedAt: new Date(),
        mustChangePassword: false,
        sessionVersion: { increment: 1 },
      },
    });
    Object.assign(audit, { objectType: "User", objectId: user.id });
    return { changed: true };
  },
);
