// The portal's navigation. Each entry names the permission that opens its
// page, so a user sees exactly the entries they may open.
import type { Permission } from "./auth/permissions";

/** An entry shows when the user holds any of its permissions. */
export type NavItem = {
  href: string;
  label: string;
  permission: Permission | Permission[];
  group: string;
};

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "首页", permission: "home.view", group: "工作台" },
  { href: "/me", label: "我的", permission: "me.view", group: "工作台" },
  { href: "/workbench", label: "政治处工作台", permission: "workbench.view", group: "工作台" },
  { href: "/department", label: "部门看板", permission: "department.view", group: "工作台" },
  { href: "/notifications", label: "通知", permission: "notification.read", group: "工作台" },
  { href: "/direction", label: "党组引航", permission: "direction.read", group: "三好 · 针对性" },
  {
    href: "/reports",
    label: "思想动态报告",
    permission: ["report.readDepartment", "report.readAll", "report.readSummary"],
    group: "三好 · 针对性",
  },
  { href: "/follow-ups", label: "督办事项", permission: "followup.work", group: "三好 · 针对性" },
  {
    href: "/dashboard",
    label: "晴雨表看板",
    permission: "dashboard.leadership",
    group: "思想晴雨表",
  },
  {
    href: "/analysis-reports",
    label: "思想状况分析报告",
    permission: "analysisReport.read",
    group: "思想晴雨表",
  },
  { href: "/mailbox", label: "检察长信箱", permission: "mailbox.write", group: "思想晴雨表" },
  {
    href: "/major-matters",
    label: "个人重大事项",
    permission: ["majorMatter.file", "majorMatter.acknowledge"],
    group: "思想晴雨表",
  },
  {
    href: "/pulse",
    label: "思想状况测评",
    permission: ["pulse.answer", "pulse.manage"],
    group: "思想晴雨表",
  },
  { href: "/talks", label: "谈心谈话", permission: "talk.record", group: "思想晴雨表" },
  { href: "/consult", label: "改革咨询", permission: "consult.ask", group: "三主 · 时代性" },
  {
    href: "/consult/stats",
    label: "咨询统计",
    permission: ["consult.answer", "dashboard.leadership"],
    group: "三主 · 时代性",
  },
  {
    href: "/study",
    label: "学习教育",
    permission: ["study.log", "study.manage"],
    group: "三主 · 时代性",
  },
  {
    href: "/study/rankings",
    label: "学习排名",
    permission: "study.rankings",
    group: "三主 · 时代性",
  },
  {
    href: "/quota",
    label: "入额遴选",
    permission: ["quota.register", "quota.manage"],
    group: "三主 · 时代性",
  },
  { href: "/columns", label: "专栏", permission: "column.read", group: "三主 · 时代性" },
  {
    href: "/conduct",
    label: "履职表现",
    permission: ["conduct.read", "conduct.manage"],
    group: "三合 · 感召力",
  },
  {
    href: "/conduct/honours",
    label: "荣誉墙",
    permission: "conduct.read",
    group: "三合 · 感召力",
  },
  {
    href: "/appraisal",
    label: "绩效考评",
    permission: ["appraisal.score", "appraisal.read", "appraisal.manage"],
    group: "三合 · 感召力",
  },
  {
    href: "/culture",
    label: "检察文化",
    permission: ["culture.participate", "culture.manage"],
    group: "三合 · 感召力",
  },
  { href: "/admin/users", label: "用户管理", permission: "admin.user.manage", group: "系统管理" },
  {
    href: "/admin/departments",
    label: "部门管理",
    permission: "admin.department.manage",
    group: "系统管理",
  },
  {
    href: "/admin/mailbox",
    label: "信箱设置",
    permission: "admin.setting.manage",
    group: "系统管理",
  },
  { href: "/audit", label: "审计日志", permission: "audit.read", group: "安全审计" },
  { href: "/account", label: "账户安全", permission: "account.manage", group: "个人" },
];

export function navItemsFor(canDo: (p: Permission) => boolean): NavItem[] {
  return NAV_ITEMS.filter((i) =>
    (Array.isArray(i.permission) ? i.permission : [i.permission]).some(canDo),
  );
}
