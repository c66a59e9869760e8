// npm run admin:create -- <username> <姓名>
// Creates a system administrator on a database without one (a real
// deployment starts empty: the demo seed's shared password is public).
// Prints a one-time temporary password that must be changed at first login.
import "./load-env";

import { generateTemporaryPassword } from "../lib/admin/temp-password";
import { writeAudit } from "../lib/audit/log";
import { hashPassword } from "../lib/auth/password";
import { db } from "../lib/db";

const [username, realName] = process.argv.slice(2);
if (!username || !/^[a-z][a-z0-9_.-]{2,31}$/.test(username) || !realName || realName.length > 32) {
  console.error("用法：npm run admin:create -- <用户名（小写字母开头）> <姓名>");
  process.exit(2);
}

try {
  if (await db.user.findUnique({ where: { username }, select: { id: true } })) {
    console.error(`用户名 ${username} 已存在`);
    process.exit(1);
  }
  const temporaryPassword = generateTemporaryPassword();
  const user = await db.$transaction(async (tx) => {
    const u = await tx.user.create({
      data: {
        username,
        realName,
        employeeNo: `ADMIN-${username}`.slice(0, 20),
        birthYear: 1990,
        passwordHash: await hashPassword(temporaryPassword),
        mustChangePassword: true,
        roles: { create: [{ role: "SYS_ADMIN" }] },
      },
      select: { id: true },
    });
    await writeAudit(
      {
        action: "admin.bootstrap",
        result: "SUCCESS",
        objectType: "User",
        objectId: u.id,
        username: "(命令行)",
        ip: null,
      },
      tx,
    );
    return u;
  });
  console.log(`已创建系统管理员 ${realName}（${username}），id ${user.id}`);
  console.log(`临时密码（仅显示一次，首次登录须修改）：${temporaryPassword}`);
} finally {
  await db.$disconnect();
}
