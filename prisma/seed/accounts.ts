// Demo and e2e accounts created by prisma/seed.ts. Tests import this list, so
// it is plain data with no database or runtime dependencies.
import type { Role } from "../../lib/auth/roles";

/** The one password every seeded account shares. Demo use only. */
export const DEMO_PASSWORD = "Liangxi@2026!";

export type DemoAccount = {
  username: string;
  realName: string;
  gender: "M" | "F";
  position: string;
  /** The role this account demonstrates. */
  role: Role;
  /** Every role the account holds. */
  roles: Role[];
  roleLabel: string;
  /** Department name, or null for an account outside every department. */
  department: string | null;
  departmentCode: string | null;
  description: string;
  /** Used by automated e2e tests (lockout, disable, reset); not for demos. */
  e2eOnly?: boolean;
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: "leader",
    realName: "陈立新",
    gender: "M",
    position: "检察长",
    role: "LEADER",
    roles: ["LEADER", "STAFF"],
    roleLabel: "院领导",
    department: "院领导",
    departmentCode: "LD",
    description: "检察长、党组书记：查看全院看板、设定年度目标与部署、阅处检察长信箱",
  },
  {
    username: "zzc",
    realName: "林晓雯",
    gender: "F",
    position: "综合行政人员",
    role: "POLITICAL_OFFICE",
    roles: ["POLITICAL_OFFICE", "STAFF"],
    roleLabel: "政治处",
    department: "政治处",
    departmentCode: "ZZC",
    description: "政治处干部：组织谈话与学习活动、答复改革咨询、分办思想动态与督办事项",
  },
  {
    username: "head1",
    realName: "王振华",
    gender: "M",
    position: "部门主任",
    role: "DEPT_HEAD",
    roles: ["DEPT_HEAD", "STAFF"],
    roleLabel: "部门负责人",
    department: "第一检察部",
    departmentCode: "JC1",
    description: "第一检察部主任（一岗双责）：查看本部门动态，审阅信息员报告",
  },
  {
    username: "liaison1",
    realName: "赵雅琴",
    gender: "F",
    position: "检察官助理",
    role: "LIAISON",
    roles: ["LIAISON", "STAFF"],
    roleLabel: "信息员",
    department: "第一检察部",
    departmentCode: "JC1",
    description: "第一检察部思想政治工作信息员：按月报送思想动态报告及即时报告",
  },
  {
    username: "staff1",
    realName: "孙浩然",
    gender: "M",
    position: "检察官",
    role: "STAFF",
    roles: ["STAFF"],
    roleLabel: "干警",
    department: "第一检察部",
    departmentCode: "JC1",
    description: "第一检察部员额检察官：学习记录、改革咨询、检察长信箱、思想状况测评",
  },
  {
    username: "admin",
    realName: "许志强",
    gender: "M",
    position: "系统管理员",
    role: "SYS_ADMIN",
    roles: ["SYS_ADMIN"],
    roleLabel: "系统管理员",
    department: "办公室",
    departmentCode: "BGS",
    description: "系统管理员：管理账号与部门，不接触业务内容（三权分立）",
  },
  {
    username: "auditor",
    realName: "何静怡",
    gender: "F",
    position: "安全审计员",
    role: "AUDITOR",
    roles: ["AUDITOR"],
    roleLabel: "安全审计员",
    department: null,
    departmentCode: null,
    description: "安全审计员：查阅审计日志，不接触业务内容（三权分立）",
  },
  {
    username: "locktest",
    realName: "蒋文博",
    gender: "M",
    position: "书记员",
    role: "STAFF",
    roles: ["STAFF"],
    roleLabel: "干警",
    department: "第二检察部",
    departmentCode: "JC2",
    description: "e2e：登录失败锁定",
    e2eOnly: true,
  },
  {
    username: "disabletest",
    realName: "韦佳宁",
    gender: "F",
    position: "检察官助理",
    role: "STAFF",
    roles: ["STAFF"],
    roleLabel: "干警",
    department: "第二检察部",
    departmentCode: "JC2",
    description: "e2e：停用账号",
    e2eOnly: true,
  },
  {
    username: "resettest",
    realName: "邵一鸣",
    gender: "M",
    position: "书记员",
    role: "STAFF",
    roles: ["STAFF"],
    roleLabel: "干警",
    department: "第三检察部",
    departmentCode: "JC3",
    description: "e2e：管理员重置密码",
    e2eOnly: true,
  },
];

export function demoAccount(username: string): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.username === username);
  if (!account) throw new Error(`no demo account "${username}"`);
  return account;
}
