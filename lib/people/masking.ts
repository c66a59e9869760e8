// Small-group masking of aggregates over people (docs/security.md item 18):
// pulse results, the dashboard heatmap, and any later figure broken down by
// department and age layer. Pure: it sees only respondent counts per cell (department group
// × age layer) and decides which groups may be shown. Callers then aggregate
// the answers of exactly those groups in the database.
//
// Guarantees, for one round (tests/unit/pulse-masking.test.ts checks them
// with fast-check):
//   1. every shown group, the whole 院 included, has n ≥ MIN_GROUP_SIZE;
//   2. small departments are merged into 其他部门; when 其他部门 itself is too
//      small, the smallest departments join it until it is large enough, so
//      "total − every shown department" never isolates fewer than 5 people;
//   3. age layers too small to show are merged with another layer the same way;
//      responses released without an age layer (lib/pulse/coarsen.ts) count
//      as one more "layer", 不分年龄层, under the same rules;
//   4. when shown age groups and shown department groups nest (a union of
//      department groups inside a union of age groups, or the other way
//      round), their difference is itself a group; if it can have 1–4 people,
//      the age breakdown is withheld for the round. A single pair is the
//      simplest case; unions matter because the means of two departments
//      subtracted from an age layer that holds them both isolate the rest.
import { AGE_LAYERS, type AgeLayer } from "./age";

export const MIN_GROUP_SIZE = 5;
/** The key of the merged 其他部门 group. */
export const OTHER_GROUP = "OTHER";

/** The key of the age "layer" of responses released without one (不分年龄层; lib/pulse/coarsen.ts). */
export const NO_LAYER = "NONE";
/** An age layer, or null for responses stored without one. */
export type LayerKey = AgeLayer | null;
/** The layers in display order: 老, 中, 青, then 不分年龄层. */
export const LAYER_KEYS: readonly LayerKey[] = [...AGE_LAYERS, null];
const layerName = (l: LayerKey) => l ?? NO_LAYER;

/** Respondents in one department (null = already 其他部门) and age layer (null = 不分年龄层). */
export type PulseCell = { departmentId: string | null; ageLayer: LayerKey; n: number };

export type DepartmentGroup = { key: string; departmentIds: (string | null)[]; n: number };
export type AgeGroup = { key: string; layers: LayerKey[]; n: number };

export type MaskedGroups = {
  total: number;
  /** false when fewer than MIN_GROUP_SIZE answered: nothing at all is shown */
  showTotal: boolean;
  /** shown department groups, largest first, 其他部门 last */
  departments: DepartmentGroup[];
  /** shown age groups in 老/中/青 order, or null when withheld */
  ageGroups: AgeGroup[] | null;
  ageWithheld: "TOO_FEW" | "DERIVABLE" | null;
};

type Members = Set<string>;
const cellKey = (departmentId: string | null, layer: LayerKey) =>
  `${departmentId ?? OTHER_GROUP}|${layerName(layer)}`;

/**
 * The department partition of maskGroups alone (guarantees 1 and 2), for
 * figures that show no age breakdown (the dashboard's heatmap and drivers):
 * the age check costs far more than this in a 院 of a hundred departments.
 */
export function maskDepartments(
  cells: readonly PulseCell[],
  minSize: number = MIN_GROUP_SIZE,
): Pick<MaskedGroups, "total" | "showTotal" | "departments"> {
  const live = cells.filter((c) => c.n > 0);
  const total = live.reduce((s, c) => s + c.n, 0);
  if (total < minSize) return { total, showTotal: false, departments: [] };
  const byDept = new Map<string, number>();
  for (const c of live)
    byDept.set(
      c.departmentId ?? OTHER_GROUP,
      (byDept.get(c.departmentId ?? OTHER_GROUP) ?? 0) + c.n,
    );
  const own = [...byDept]
    .filter(([k, n]) => k !== OTHER_GROUP && n >= minSize)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const otherIds: (string | null)[] = [...byDept]
    .filter(([k, n]) => k === OTHER_GROUP || n < minSize)
    .map(([k]) => (k === OTHER_GROUP ? null : k));
  let otherN = otherIds.reduce((s, id) => s + (byDept.get(id ?? OTHER_GROUP) ?? 0), 0);
  while (otherN > 0 && otherN < minSize && own.length > 0) {
    const [k, n] = own.pop()!; // the smallest shown department joins 其他部门
    otherIds.push(k);
    otherN += n;
  }
  const departments: DepartmentGroup[] = own.map(([k, n]) => ({ key: k, departmentIds: [k], n }));
  if (otherN > 0) departments.push({ key: OTHER_GROUP, departmentIds: otherIds, n: otherN });
  return { total, showTotal: true, departments };
}

export function maskGroups(
  cells: readonly PulseCell[],
  minSize: number = MIN_GROUP_SIZE,
): MaskedGroups {
  const { total, showTotal, departments } = maskDepartments(cells, minSize);
  if (!showTotal) return { total, showTotal, departments, ageGroups: null, ageWithheld: "TOO_FEW" };
  const live = cells.filter((c) => c.n > 0);

  // Age partition: merge the two smallest groups while any is too small.
  let ages: AgeGroup[] = LAYER_KEYS.map((l) => ({
    key: layerName(l),
    layers: [l],
    n: live.filter((c) => c.ageLayer === l).reduce((s, c) => s + c.n, 0),
  })).filter((g) => g.n > 0);
  while (ages.length > 1 && ages.some((g) => g.n < minSize)) {
    ages.sort((a, b) => a.n - b.n);
    const [a, b, ...rest] = ages;
    ages = [...rest, { key: "", layers: [...a.layers, ...b.layers], n: a.n + b.n }];
  }
  ages = ages
    .map((g) => {
      const layers = LAYER_KEYS.filter((l) => g.layers.includes(l));
      return { key: layers.map(layerName).join("+"), layers, n: g.n };
    })
    .sort((a, b) => LAYER_KEYS.indexOf(a.layers[0]) - LAYER_KEYS.indexOf(b.layers[0]));
  if (ages.length < 2)
    return { total, showTotal: true, departments, ageGroups: null, ageWithheld: "TOO_FEW" };

  // Nested department/age groups: no difference of unions may be a small group.
  const count = new Map<string, number>();
  for (const c of live)
    count.set(
      cellKey(c.departmentId, c.ageLayer),
      (count.get(cellKey(c.departmentId, c.ageLayer)) ?? 0) + c.n,
    );
  const deptMembers = (g: DepartmentGroup): Members =>
    new Set(
      [...count.keys()].filter((k) =>
        g.departmentIds.some((id) => k.startsWith(`${id ?? OTHER_GROUP}|`)),
      ),
    );
  const ageMembers = (g: AgeGroup): Members =>
    new Set([...count.keys()].filter((k) => g.layers.some((l) => k.endsWith(`|${layerName(l)}`))));
  const size = (m: Members) => [...m].reduce((s, k) => s + (count.get(k) ?? 0), 0);
  const subset = (a: Members, b: Members) => [...a].every((k) => b.has(k));
  const union = (sets: Members[]): Members => new Set(sets.flatMap((m) => [...m]));
  const depts = departments.map(deptMembers);
  const small = (diff: number) => diff > 0 && diff < minSize;
  // Every non-empty set of age groups (at most 3 groups, so at most 7 sets).
  for (let mask = 1; mask < 1 << ages.length; mask++) {
    const a = union(ages.filter((_, i) => mask & (1 << i)).map(ageMembers));
    // the departments wholly inside these layers: the layers minus all of them
    const inside = union(depts.filter((d) => subset(d, a)));
    // the departments these layers touch: all of them minus the layers
    const around = union(depts.filter((d) => [...d].some((k) => a.has(k))));
    if (small(size(a) - size(inside)) || small(size(around) - size(a))) {
      return { total, showTotal: true, departments, ageGroups: null, ageWithheld: "DERIVABLE" };
    }
  }
  return { total, showTotal: true, departments, ageGroups: ages, ageWithheld: null };
}
