// Chinese names of audited actions, for the auditor's viewer. Codes without
// a name here are shown as they are.
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.login": "登录",
  "auth.lockout": "账户锁定",
  "auth.logout": "退出登录",
  "page.view": "访问页面",
  "account.changePassword": "修改本人密码",
  "notification.read": "通知标为已读",
  "notification.readAll": "通知全部已读",
  "admin.bootstrap": "命令行创建管理员",
  "admin.user.create": "新建用户",
  "admin.user.update": "编辑用户",
  "admin.user.status": "启用/停用用户",
  "admin.user.resetPassword": "重置用户密码",
  "admin.user.unlock": "解除账户锁定",
  "admin.department.create": "新建部门",
  "admin.department.update": "编辑部门",
};

export function auditActionLabel(code: string): string {
  return AUDIT_ACTION_LABELS[code] ?? code;
}
