import { z } from "zod";

export const ChangePasswordInput = z
  .object({
    currentPassword: z
      .string({ error: "请填写当前密码" })
      .min(1, "请填写当前密码")
      .max(256, "当前密码不正确"),
    newPassword: z
      .string({ error: "请填写新密码" })
      .min(1, "请填写新密码")
      .max(128, "密码最多 128 个字符"),
    confirmPassword: z.string({ error: "请再次填写新密码" }).max(128, "密码最多 128 个字符"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "两次填写的新密码不一致",
  });
