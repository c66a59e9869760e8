// Who may search what. Each kind of result is one list of the portal, and is
// searched only for a viewer who holds that list's own page permission (the
// permission table decides, never a role check here); the list's query then
// scopes the rows as it does on its own page. A viewer who holds none of them
// (AUDITOR) has no search at all: no box in the header, and /search is a 404.
import { can, type Permission } from "../auth/permissions";
import type { Role } from "../auth/roles";

/** Each kind, in the order the results page shows them, with the permissions of its list page. */
export const SEARCH_KINDS = {
  // 人员: the account list (/admin/users) is the one list of people the portal has.
  person: ["admin.user.manage"],
  // 人员 for the business roles: name, department and position, scoped by the table (people.ts).
  colleague: ["people.readAll", "people.readDepartment"],
  report: ["report.readDepartment", "report.readAll", "report.readSummary"],
  followUp: ["followup.work"],
  talk: ["talk.record"],
  // The list's permission; the inbox itself is the 检察长's and the delegate's only (listInbox).
  letter: ["mailbox.handle"],
  // 个人重大事项报告: 政治处's list of everyone's, by the reporter's name (metadata only) …
  matter: ["majorMatter.acknowledge"],
  // … and one's own, by category (the content is encrypted and never searched).
  myMatter: ["majorMatter.file"],
  conduct: ["conduct.read", "conduct.manage"],
  consult: ["consult.ask"],
  activity: ["study.log", "study.manage"],
  studyLog: ["study.log"],
  // /study/review's permission; the review scope (none for most staff) is the list's own.
  studyReview: ["study.log"],
  event: ["culture.participate", "culture.manage"],
  pastEvent: ["culture.participate", "culture.manage"],
  // 征文活动 (the essay calls), by title or theme.
  essayCall: ["culture.participate", "culture.manage"],
  // 征文作品 the viewer may open (their own, judged, published winners), by title.
  essayEntry: ["culture.participate", "culture.manage"],
  // 专栏 articles, by title, across the columns (all published: there are no drafts).
  article: ["column.read"],
  // 考评周期, by title (which names the year); the cycles the viewer has a part in.
  cycle: ["appraisal.score", "appraisal.read", "appraisal.manage"],
} as const satisfies Record<string, readonly Permission[]>;

export type SearchKind = keyof typeof SEARCH_KINDS;

export const SEARCH_KIND_ORDER = Object.keys(SEARCH_KINDS) as SearchKind[];

/** Every permission that opens some kind: holding any of them opens /search. */
export const SEARCH_PERMISSIONS: Permission[] = [
  ...new Set(Object.values(SEARCH_KINDS).flat()),
] as Permission[];

/** The kinds whose list the viewer may open. */
export function searchableKinds(roles: readonly Role[]): SearchKind[] {
  return SEARCH_KIND_ORDER.filter((k) =>
    (SEARCH_KINDS[k] as readonly Permission[]).some((p) => can(roles, p)),
  );
}

export function maySearch(roles: readonly Role[]): boolean {
  return searchableKinds(roles).length > 0;
}
