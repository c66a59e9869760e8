// The global search (/search, the header's box): people and records the
// viewer may open, by name, title or number. It adds no read of its own:
// each kind is the viewer's own list with the keyword (kinds.ts), and a kind
// is asked only when the permission table opens that list to the viewer
// (access.ts). Hits on confidential kinds — talks, mailbox letters, another
// person's discipline record or major-matter report — leave one audit row, "search.confidential",
// with the keyword's length (the keyword is often a colleague's name, and the
// audit log is read by the 安全审计员, who reads no business content), the
// counts per kind and the ids of the confidential rows shown.
import "server-only";

import { auditRead } from "../audit/read";
import type { SessionUser } from "../auth/session";
import { searchableKinds, type SearchKind } from "./access";
import { READERS, type KindRows } from "./kinds";

export { maySearch, SEARCH_PERMISSIONS, searchableKinds, type SearchKind } from "./access";
export { PER_KIND } from "./kinds";

export type SearchGroup = { [K in SearchKind]: { kind: K } & KindRows[K] }[SearchKind];

export type SearchResults = {
  q: string;
  /** The kinds that were searched for this viewer, with or without hits. */
  searched: SearchKind[];
  /** The kinds with hits, in the page's order. */
  groups: SearchGroup[];
};

async function readKind<K extends SearchKind>(
  kind: K,
  user: SessionUser,
  q: string,
): Promise<SearchGroup | null> {
  const reader = READERS[kind] as (u: SessionUser, q: string) => Promise<KindRows[K] | null>;
  const found = await reader(user, q);
  return found ? ({ kind, ...found } as SearchGroup) : null;
}

/** What of the results is confidential: counts per kind and the ids shown. */
export function confidentialHits(
  user: Pick<SessionUser, "id">,
  groups: SearchGroup[],
): { counts: Record<string, number>; ids: string[] } {
  const counts: Record<string, number> = {};
  const ids: string[] = [];
  for (const g of groups) {
    if (g.kind === "talk" || g.kind === "letter") {
      counts[g.kind] = g.total;
      ids.push(...g.rows.map((r) => r.id));
    } else if (g.kind === "matter") {
      // Another person's 个人重大事项报告 (its metadata: the content is never read).
      const others = g.rows.filter((r) => r.userId !== user.id);
      if (others.length > 0) {
        counts.majorMatter = others.length;
        ids.push(...others.map((r) => r.id));
      }
    } else if (g.kind === "conduct") {
      // Only another person's discipline is confidential; one's own is one's own record.
      const sealed = g.rows.filter(
        (r) => r.category === "DISCIPLINE" && r.subjectUserId !== user.id,
      );
      if (sealed.length > 0) {
        counts.conductDiscipline = sealed.length;
        ids.push(...sealed.map((r) => r.id));
      }
    }
  }
  return { counts, ids };
}

/** Searches every kind the viewer may open for `q` (already a valid keyword: schemas.ts). */
export async function searchAll(user: SessionUser, q: string): Promise<SearchResults> {
  const searched = searchableKinds(user.roles);
  const found = await Promise.all(searched.map((k) => readKind(k, user, q)));
  const groups = found.filter((g): g is SearchGroup => g !== null && g.total > 0);
  const { counts, ids } = confidentialHits(user, groups);
  if (Object.keys(counts).length > 0)
    await auditRead(user, {
      action: "search.confidential",
      objectType: "Search",
      objectId: "search",
      found: true,
      detail: { keywordLength: q.length, ...counts, ids },
    });
  return { q, searched: searched.filter((k) => found[searched.indexOf(k)] !== null), groups };
}
