// The one role × permission table (docs/security.md item 8). Every server action, route
// handler and page names a permission from here; nothing else decides access.
// Object-level scoping (own department, own records) happens in each query.
import type { Role } from "./roles";

export const PERMISSIONS = {
  // Everyone signed in
  "home.view": [
    "LEADER",
    "POLITICAL_OFFICE",
    "DEPT_HEAD",
    "LIAISON",
    "STAFF",
    "SYS_ADMIN",
    "AUDITOR",
  ],
  "account.manage": [
    "LEADER",
    "POLITICAL_OFFICE",
    "DEPT_HEAD",
    "LIAISON",
    "STAFF",
    "SYS_ADMIN",
    "AUDITOR",
  ],
  "notification.read": [
    "LEADER",
    "POLITICAL_OFFICE",
    "DEPT_HEAD",
    "LIAISON",
    "STAFF",
    "SYS_ADMIN",
    "AUDITOR",
  ],

  // Administration: accounts and departments only, never business content
  "admin.user.manage": ["SYS_ADMIN"],
  "admin.department.manage": ["SYS_ADMIN"],
  "admin.setting.manage": ["SYS_ADMIN"],

  // Security audit
  "audit.read": ["AUDITOR"],

  // 三好: leadership direction
  "direction.read": ["LEADER", "POLITICAL_OFFICE", "DEPT_HEAD", "LIAISON", "STAFF"],
  "direction.manage": ["LEADER", "POLITICAL_OFFICE"],
  // Further limited per object: own department's assignment, or one's own.
  "deployment.progress": ["DEPT_HEAD", "LIAISON", "STAFF", "POLITICAL_OFFICE"],

  // 三好: liaison reports and the follow-up board
  "report.submit": ["LIAISON"],
  "report.review": ["DEPT_HEAD"],
  "report.readDepartment": ["DEPT_HEAD", "LIAISON"],
  // Every department's reports in full, staff-of-concern entries included (names,
  // descriptions, suggestions; each read audited).
  "report.readAll": ["POLITICAL_OFFICE"],
  // 院领导 drill-down: every department's submitted reports (never drafts) with department,
  // period, status, mood, stability, topics and summary; the staff-of-concern entries only
  // as a count and their kinds. Opens no names, descriptions or suggestions (report.readAll).
  "report.readSummary": ["LEADER", "POLITICAL_OFFICE"],
  // The department × period compliance matrix, read-only; 催报 and edits are 政治处's own permissions.
  "report.compliance": ["LEADER", "POLITICAL_OFFICE"],
  "report.configure": ["POLITICAL_OFFICE"],
  // 催报: remind a department's liaison of a missing report (at most once a day per period).
  "report.urge": ["POLITICAL_OFFICE"],
  "followup.manage": ["POLITICAL_OFFICE"],
  // Every follow-up's facts, list and detail: title (a staff-of-concern one without the
  // person's name), source kind, department, assignee, due date, overdue, status and the
  // steps' dates. Opens neither the timeline notes (the assignee's and followup.manage's)
  // nor any management control.
  "followup.readAll": ["LEADER", "POLITICAL_OFFICE"],
  "followup.work": ["LEADER", "POLITICAL_OFFICE", "DEPT_HEAD", "LIAISON", "STAFF"],

  // 思想晴雨表
  "mailbox.write": ["LEADER", "POLITICAL_OFFICE", "DEPT_HEAD", "LIAISON", "STAFF"],
  "mailbox.handle": ["LEADER", "POLITICAL_OFFICE"],
  "talk.record": ["LEADER", "POLITICAL_OFFICE", "DEPT_HEAD"],
  // Every talk record, notes included: 政治处 only (DOMAIN: confidential detail — talk notes —
  // stays 政治处's; a 院领导 reads the talks they conducted and the campaigns' coverage).
  "talk.readAll": ["POLITICAL_OFFICE"],
  // Talk with anyone in the 院 (others: their own department).
  "talk.recordAny": ["LEADER", "POLITICAL_OFFICE"],
  "talk.campaign": ["POLITICAL_OFFICE"],
  // The campaign list and one campaign's coverage (who is still to be talked to), read-only:
  // no new campaign, no interviewer assignment (talk.campaign), no talk notes.
  "talk.campaignRead": ["LEADER", "POLITICAL_OFFICE"],
  "majorMatter.file": ["LEADER", "POLITICAL_OFFICE", "DEPT_HEAD", "LIAISON", "STAFF"],
  "majorMatter.acknowledge": ["POLITICAL_OFFICE"],
  "pulse.answer": ["LEADER", "POLITICAL_OFFICE", "DEPT_HEAD", "LIAISON", "STAFF"],
  "pulse.manage": ["POLITICAL_OFFICE"],
  "dashboard.leadership": ["LEADER", "POLITICAL_OFFICE"],
  // 干警思想状况分析报告 (issue 16): masked aggregates only. The confidential annex (names of
  // staff of concern) is read per row scope: heads get their own department's rows only.
  "analysisReport.read": ["LEADER", "POLITICAL_OFFICE"],
  "analysisReport.manage": ["POLITICAL_OFFICE"],
  "analysisReport.annex": ["LEADER", "POLITICAL_OFFICE", "DEPT_HEAD"],

  // 三主
  "study.log": ["LEADER", "POLITICAL_OFFICE", "DEPT_HEAD", "LIAISON", "STAFF"],
  "study.manage": ["POLITICAL_OFFICE"],
  "study.rankings": ["LEADER", "POLITICAL_OFFICE"],
  "consult.ask": ["LEADER", "POLITICAL_OFFICE", "DEPT_HEAD", "LIAISON", "STAFF"],
  "consult.answer": ["POLITICAL_OFFICE"],
  "quota.register": ["STAFF"],
  "quota.manage": ["POLITICAL_OFFICE"],
  "column.read": ["LEADER", "POLITICAL_OFFICE", "DEPT_HEAD", "LIAISON", "STAFF"],
  "column.manage": ["POLITICAL_OFFICE"],

  // 三合: conduct records (履职表现记录). Object-level: everyone sees their own records
  // and the honours wall; a head sees their department's non-discipline records.
  "conduct.read": ["LEADER", "POLITICAL_OFFICE", "DEPT_HEAD", "LIAISON", "STAFF"],
  "conduct.readDepartment": ["DEPT_HEAD"],
  // Every confirmed record, discipline included (each discipline read audited).
  "conduct.readAll": ["LEADER", "POLITICAL_OFFICE"],
  "conduct.manage": ["POLITICAL_OFFICE"],

  // 三合: 检察文化. Judges and club officers are named per object, not by role.
  "culture.participate": ["LEADER", "POLITICAL_OFFICE", "DEPT_HEAD", "LIAISON", "STAFF"],
  "culture.manage": ["POLITICAL_OFFICE"],

  // 部门看板 (/department). Object-level by the department's posts: its head (DEPT_HEAD),
  // its liaison (LIAISON) and its 分管院领导 (LEADER, Department.leaderId) see that
  // department only (lib/department/access.ts). 政治处 opens any department: it already
  // reads every department's reports, talks, follow-ups and appraisal sheets, so the
  // dashboard shows it nothing new.
  "department.view": ["LEADER", "POLITICAL_OFFICE", "DEPT_HEAD", "LIAISON"],
  "department.viewAll": ["POLITICAL_OFFICE"],

  // 人员 in the global search: an active colleague's name, department and position (no
  // account, contact or personnel detail). 政治处 and 院领导 (who talk with anyone in the 院,
  // talk.recordAny) find everyone; a head or liaison finds the people of the departments
  // whose post they hold (as on /department). Staff find no one: they see their own records.
  "people.readAll": ["LEADER", "POLITICAL_OFFICE"],
  "people.readDepartment": ["DEPT_HEAD", "LIAISON"],

  // 我的 (/me): one's own records across the portal; business roles only.
  "me.view": ["LEADER", "POLITICAL_OFFICE", "DEPT_HEAD", "LIAISON", "STAFF"],
  // 政治处工作台 (/workbench): one queue of everything waiting on 政治处.
  "workbench.view": ["POLITICAL_OFFICE"],

  // 晴雨表: 改革节点 on the trend
  "milestone.manage": ["POLITICAL_OFFICE"],

  // 三合: appraisal
  "appraisal.read": ["LEADER", "POLITICAL_OFFICE"],
  "appraisal.manage": ["POLITICAL_OFFICE"],
  // Scoring tasks, sheets and objections are named per object (the scorer, the person).
  "appraisal.score": ["LEADER", "POLITICAL_OFFICE", "DEPT_HEAD", "LIAISON", "STAFF"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function roleHas(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** The roles holding a permission, for a database `where` on other people's roles. */
export function rolesWith(permission: Permission): Role[] {
  return [...PERMISSIONS[permission]];
}

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((r) => roleHas(r, permission));
}
