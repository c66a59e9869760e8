// The table of date fields (fixtures/date-fields.ts) lists every date field
// of every schema module (issue 11): a walk over the modules' exports finds
// the date fields by probing them, so a new date field that is not in the
// table (and so not checked for its bounds by date-bounds-fields.test.ts)
// fails here.
import { describe, expect, it } from "vitest";

import {
  DATE_FIELDS,
  keyOf,
  moduleName,
  modules,
  today,
  type Schema,
} from "./fixtures/date-fields";

/** Fields that look like dates to the probe but are not (a phone number accepts "2026-06-15"). */
const NOT_DATES = new Set([
  "admin/schemas.CreateUserInput.phone",
  "admin/schemas.UpdateUserInput.phone",
  // Free text of at least 10 characters: "2026-06-15" is a (short) objection.
  "appraisal/review/schemas.FileObjectionInput.body",
]);

// ---- Finding the date fields ---------------------------------------------------

type Def = {
  type: string;
  in?: Schema;
  out?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
};
const defOf = (s: unknown): Def | undefined =>
  (s as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** The object inside preprocess/transform pipes, optional, default and catch wrappers; null if none. */
function objectIn(s: Schema, depth = 0): Record<string, Schema> | null {
  const def = defOf(s);
  if (!def || depth > 6) return null;
  if (def.type === "object") return def.shape ?? null;
  if (def.type === "pipe")
    return objectIn((defOf(def.out)?.type === "transform" ? def.in : def.out)!, depth + 1);
  if (def.innerType) return objectIn(def.innerType, depth + 1);
  return null;
}

/** The row object of an array field (possibly behind preprocess), if any. */
function arrayRow(s: Schema, depth = 0): Record<string, Schema> | null {
  const def = defOf(s);
  if (!def || depth > 6) return null;
  if (def.type === "array") return objectIn(def.element!);
  if (def.type === "pipe")
    return arrayRow((defOf(def.out)?.type === "transform" ? def.in : def.out)!, depth + 1);
  if (def.innerType) return arrayRow(def.innerType, depth + 1);
  return null;
}

// Today too: a due date takes nothing in the past.
const SAMPLES = ["2026-06-15", "2026-06", "2026-06-15T10:00", today];
/** A date field takes some date-shaped value (as a Date, or as the string itself) and refuses or drops garbage. */
function looksLikeDate(field: Schema): boolean {
  const garbage = field.safeParse("garbage");
  if (garbage.success && garbage.data !== undefined && garbage.data !== null) return false;
  return SAMPLES.some((v) => {
    const r = field.safeParse(v);
    return r.success && (r.data instanceof Date || r.data === v);
  });
}

function discover(): string[] {
  const found: string[] = [];
  for (const [file, mod] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(mod)) {
      const shape = defOf(value) ? objectIn(value as Schema) : null;
      if (!shape) continue;
      const walk = (sh: Record<string, Schema>, prefix: (string | number)[]) => {
        for (const [key, field] of Object.entries(sh)) {
          const row = arrayRow(field);
          if (row) walk(row, [...prefix, key, 0]);
          else if (looksLikeDate(field))
            found.push(`${moduleName(file)}.${name}.${[...prefix, key].join(".")}`);
        }
      };
      walk(shape, []);
    }
  }
  return found.filter((k) => !NOT_DATES.has(k)).sort();
}

describe("the list of date fields", () => {
  it("covers every date field of every schema module, and nothing else", () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(15);
    expect(discover()).toEqual(DATE_FIELDS.map(keyOf).sort());
  });
});
