// Who scores a MANUAL indicator on a sheet (pure), decided once at launch
// from the organisation as it then is. Nobody ever scores their own sheet
// (回避): a scorer who would be the subject hands over to the next in line —
// the department head to the 分管院领导, the 分管院领导 to 政治处. 民主测评
// (PEER) is every other member of the person's department, and only when
// there are at least 5 of them, so that the mean never exposes one colleague.
import type { SCORER_KINDS } from "./template";

export type ScorerKind = (typeof SCORER_KINDS)[number];

/** Fewest peers whose mean may be shown (the portal's n ≥ 5 rule). */
export const MIN_PEERS = 5;

export type OrgFacts = {
  departments: ReadonlyMap<string, { headId: string | null; leaderId: string | null }>;
  /** 政治处 scorers in order of preference (the cycle's creator first). */
  office: readonly string[];
  /** Active members of each department at launch. */
  members: ReadonlyMap<string, readonly string[]>;
};

export type ScoredSubject = {
  subjectType: "PERSON" | "DEPARTMENT";
  userId: string | null;
  departmentId: string | null;
};

export type ScorerPlan =
  | { kind: "NAMED"; scorerIds: string[] }
  | { kind: "PEER"; scorerIds: string[] }
  | { kind: "NONE"; reason: string };

const not =
  (s: ScoredSubject) =>
  (id: string | null | undefined): id is string =>
    !!id && id !== s.userId;

function office(s: ScoredSubject, org: OrgFacts): ScorerPlan {
  const id = org.office.find(not(s));
  return id
    ? { kind: "NAMED", scorerIds: [id] }
    : { kind: "NONE", reason: "没有可评分的政治处人员" };
}

function supervisor(s: ScoredSubject, org: OrgFacts): ScorerPlan {
  const leader = s.departmentId ? org.departments.get(s.departmentId)?.leaderId : null;
  return not(s)(leader) ? { kind: "NAMED", scorerIds: [leader] } : office(s, org);
}

export function planScorers(kind: ScorerKind, s: ScoredSubject, org: OrgFacts): ScorerPlan {
  switch (kind) {
    case "DEPT_HEAD": {
      const head = s.departmentId ? org.departments.get(s.departmentId)?.headId : null;
      // A head does not score their own department's sheet, nor their own.
      return s.subjectType === "PERSON" && not(s)(head)
        ? { kind: "NAMED", scorerIds: [head] }
        : supervisor(s, org);
    }
    case "SUPERVISOR":
      return supervisor(s, org);
    case "POLITICAL_OFFICE":
      return office(s, org);
    case "PEER": {
      if (s.subjectType !== "PERSON" || !s.departmentId)
        return { kind: "NONE", reason: "民主测评只适用于个人" };
      const peers = (org.members.get(s.departmentId) ?? []).filter(not(s));
      return peers.length >= MIN_PEERS
        ? { kind: "PEER", scorerIds: [...peers] }
        : { kind: "NONE", reason: `本部门同事不足 ${MIN_PEERS} 人，民主测评不适用` };
    }
  }
}
