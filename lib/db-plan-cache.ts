// A cache of Prisma query plans. Prisma 6.19's client engine compiles every
// query into a plan with its WebAssembly query compiler, on the main thread,
// before it runs: about 1 ms for a small findFirst, more for a groupBy or a
// nested select, and the largest single cost of a page render (a CPU profile
// of /me put a quarter of the server's time in the compiler). The plan depends
// on the query's shape, not on its values, so the same shape is compiled once:
// the values in `where` filters and in `data` become placeholders
// ({ $type: "Param" }, which the 6.19 compiler and interpreter support), and
// are passed to the plan when it runs. Prisma 7.4 does the same in its own
// engine; patches/@prisma+client+6.19.3.patch adds the hook that calls this.
//
// Only plain values are made placeholders: strings, numbers and dates that a
// filter compares with `=`, `<`, `>` or `not`, and scalar fields of `data`.
// Everything that can change the SQL stays in the key: null (IS NULL),
// booleans, lists (`in`, AND/OR branches are walked), `contains` and the
// other pattern filters, take/skip/orderBy/select, nested writes. A shape the
// compiler refuses with placeholders is compiled as before, and remembered.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Query = { modelName?: string; action: string; query: { arguments?: Json; selection?: Json } };
type Compiler = { compile(request: string): unknown };

/** Filter operators whose value is compared as is: safe as a placeholder. */
const COMPARE = new Set(["equals", "not", "lt", "lte", "gt", "gte"]);
/** Keys in a where whose value is structure, not a value (stays in the key). */
const WHERE_STRUCTURE = new Set([
  "mode",
  "contains",
  "startsWith",
  "endsWith",
  "search",
  "in",
  "notIn",
  "has",
  "hasSome",
  "hasEvery",
  "isEmpty",
  "path",
  "array_contains",
  "string_contains",
]);

const MAX_PLANS = 2000;
/** Shapes longer than this (a long `in` list of ids, a large createMany) are one-offs: compiled as before, never kept. */
const MAX_KEY_LENGTH = 16_384;
const plans = new Map<string, unknown>();
const REFUSED = Symbol("refused");
const stats = { hits: 0, compiled: 0, refused: 0, uncached: 0 };

/** Plans held, and how often a query found its plan, was compiled, was refused with placeholders, or was too long to keep. */
export function planCacheStats() {
  return { plans: plans.size, ...stats };
}

type Values = Record<string, unknown>;

function isTagged(v: unknown): v is { $type: string; value: unknown } {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "$type" in v;
}

function param(values: Values, value: unknown): Json {
  const name = `p${Object.keys(values).length}`;
  values[name] = value;
  return { $type: "Param", value: name };
}

/** A value that may be a placeholder: a string, a finite number or a DateTime. */
function placeable(v: unknown): v is string | number | { $type: "DateTime"; value: string } {
  if (typeof v === "string") return true;
  if (typeof v === "number") return Number.isFinite(v);
  return isTagged(v) && v.$type === "DateTime" && typeof v.value === "string";
}

function placeholderValue(v: string | number | { $type: "DateTime"; value: string }) {
  return typeof v === "object" ? v.value : v;
}

/** A where (or a field filter inside one): comparisons become placeholders. */
function where(node: Json, values: Values, operator?: string): Json {
  if (Array.isArray(node)) {
    // AND / OR / NOT lists of conditions are walked; lists of values stay.
    return node.map((n) =>
      typeof n === "object" && n !== null && !isTagged(n) ? where(n, values) : n,
    );
  }
  if (typeof node !== "object" || node === null) {
    if (placeable(node) && (operator === undefined || COMPARE.has(operator)))
      return param(values, placeholderValue(node));
    return node;
  }
  if (isTagged(node)) {
    if (placeable(node) && (operator === undefined || COMPARE.has(operator)))
      return param(values, placeholderValue(node));
    return node;
  }
  const out: Record<string, Json> = {};
  for (const key of Object.keys(node)) {
    const v = node[key];
    out[key] = WHERE_STRUCTURE.has(key) ? v : where(v, values, COMPARE.has(key) ? key : undefined);
  }
  return out;
}

/** A create or update's data: its scalar fields become placeholders, nested writes stay. */
function data(node: Json, values: Values): Json {
  if (typeof node !== "object" || node === null || Array.isArray(node) || isTagged(node))
    return node;
  const out: Record<string, Json> = {};
  for (const key of Object.keys(node)) {
    const v = node[key];
    out[key] = placeable(v) ? param(values, placeholderValue(v)) : v;
  }
  return out;
}

/** Arguments of the query or of a nested relation in its selection. */
function args(node: Json, values: Values): Json {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return node;
  const out: Record<string, Json> = {};
  for (const key of Object.keys(node)) {
    const v = node[key];
    if (key === "where") out[key] = where(v, values);
    else if (key === "data") out[key] = data(v, values);
    else out[key] = v;
  }
  return out;
}

/** The selection, whose relations carry arguments of their own. */
function selection(node: Json, values: Values): Json {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return node;
  const out: Record<string, Json> = {};
  for (const key of Object.keys(node)) {
    const v = node[key];
    if (typeof v === "object" && v !== null && !Array.isArray(v) && "selection" in v) {
      out[key] = {
        ...(v.arguments !== undefined ? { arguments: args(v.arguments, values) } : {}),
        selection: selection(v.selection, values),
      };
    } else out[key] = v;
  }
  return out;
}

/** The query with its values as placeholders, and the values by name. */
export function parameterize(q: Query): { shape: Query; values: Values } {
  const values: Values = {};
  const shape: Query = {
    ...(q.modelName !== undefined ? { modelName: q.modelName } : {}),
    action: q.action,
    query: {
      ...(q.query.arguments !== undefined ? { arguments: args(q.query.arguments, values) } : {}),
      ...(q.query.selection !== undefined
        ? { selection: selection(q.query.selection, values) }
        : {}),
    },
  };
  return { shape, values };
}

/**
 * The hook the patched engine calls before compiling a single query: the
 * plan and its placeholder values, or undefined to compile it as before.
 */
export function cachedPlan(
  q: Query,
  compiler: Compiler,
): { plan: unknown; values: Values } | undefined {
  if (q.action.startsWith("execute") || q.action.startsWith("query")) return undefined; // raw SQL
  const { shape, values } = parameterize(q);
  const key = JSON.stringify(shape);
  if (key.length > MAX_KEY_LENGTH) {
    stats.uncached++;
    return undefined;
  }
  let plan = plans.get(key);
  if (plan === REFUSED) return undefined;
  if (plan !== undefined) stats.hits++;
  else {
    try {
      plan = compiler.compile(key);
      stats.compiled++;
    } catch {
      stats.refused++;
      plans.set(key, REFUSED);
      return undefined;
    }
    if (plans.size >= MAX_PLANS) plans.delete(plans.keys().next().value!);
    plans.set(key, plan);
  }
  return { plan, values };
}

export function installPlanCache() {
  (globalThis as { __prismaPlanCache?: typeof cachedPlan }).__prismaPlanCache = cachedPlan;
}
