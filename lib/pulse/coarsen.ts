// The release rule (docs/security.md items 17, 18): which department and age layer each
// response of a closed round keeps, so that every stored (departmentId,
// ageLayer) tuple holds at least MIN_GROUP_SIZE responses. A reader of the
// tables, even one who knows exactly who answered, then cannot narrow any
// response to fewer than 5 people. Pure; tests/unit/pulse-coarsen.test.ts.
//
//   1. departments with fewer than 5 responses go to 其他部门 (null);
//   2. while 其他部门 holds 1–4 responses, the smallest named department joins it;
//   3. in each department group (其他部门 included), the age layers stay only
//      if every non-empty layer cell holds at least 5; otherwise the whole
//      group is stored without age layer (null, 不分年龄层);
//   4. a round with fewer than 5 responses in all is not released (null).
import type { AgeLayer } from "../people/age";
import { MIN_GROUP_SIZE } from "../people/masking";

export type Attributes = { departmentId: string | null; ageLayer: AgeLayer | null };

/** The stored attributes for each item, in the same order, or null when the round is too small to release. */
export function coarsen(
  items: readonly Attributes[],
  minSize: number = MIN_GROUP_SIZE,
): Attributes[] | null {
  if (items.length < minSize) return null;
  const size = new Map<string, number>();
  for (const it of items)
    if (it.departmentId !== null) size.set(it.departmentId, (size.get(it.departmentId) ?? 0) + 1);
  // Named departments, largest first (ties by id, so the result does not depend on the order of items).
  const named = [...size]
    .filter(([, n]) => n >= minSize)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  let otherN = items.length - named.reduce((s, [, n]) => s + n, 0);
  while (otherN > 0 && otherN < minSize && named.length > 0) otherN += named.pop()![1];
  const kept = new Set(named.map(([id]) => id));
  const groupOf = (it: Attributes) =>
    it.departmentId !== null && kept.has(it.departmentId) ? it.departmentId : null;

  // Per group: keep the layers only if every non-empty layer cell is large enough.
  const cells = new Map<string, number>();
  const cellKey = (g: string | null, l: AgeLayer | null) => `${g ?? ""}|${l ?? ""}`;
  for (const it of items)
    cells.set(
      cellKey(groupOf(it), it.ageLayer),
      (cells.get(cellKey(groupOf(it), it.ageLayer)) ?? 0) + 1,
    );
  const layered = new Map<string, boolean>();
  for (const [k, n] of cells) {
    const g = k.slice(0, k.indexOf("|"));
    layered.set(g, (layered.get(g) ?? true) && n >= minSize);
  }
  return items.map((it) => {
    const g = groupOf(it);
    return { departmentId: g, ageLayer: layered.get(g ?? "") ? it.ageLayer : null };
  });
}
