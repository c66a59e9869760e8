export const AUTH_TEXT = {
  missingFields: "请输入用户名和密码",
  failed: "用户名或密码错误，或账户暂时不可用。连续失败 5 次将锁定 30 分钟。",
  rateLimited: "登录尝试过于频繁，请 5 分钟后再试",
  network: "无法连接服务器，请检查网络后重试",
  changed: "密码已修改，请使用新密码重新登录",
  expired: "登录已超时或已在别处失效，请重新登录",
} as const;
