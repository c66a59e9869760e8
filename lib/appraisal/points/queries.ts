// The 履职表现加减分表 as saved (server-only): 政治处's values over the
// defaults of lib/appraisal/conduct-points.ts, and for the editing page each
// key with its Chinese name (the conduct domain's own labels), its default,
// its current value and who last changed it.
import "server-only";

import { CATEGORY_LABELS, KIND_LABELS, LEVEL_LABELS, SEVERITY_LABELS } from "../../conduct/queries";
import { db, type Tx } from "../../db";
import { CONDUCT_POINT_KEYS, conductPointsSign, DEFAULT_CONDUCT_POINTS } from "../conduct-points";

/** The points table: the saved values over the defaults (keys the table does not have are ignored). */
export async function loadConductPoints(client: Tx = db): Promise<Record<string, number>> {
  const rows = await client.conductPointRule.findMany({ select: { key: true, centi: true } });
  const table = { ...DEFAULT_CONDUCT_POINTS };
  for (const r of rows) if (Object.hasOwn(table, r.key)) table[r.key] = r.centi;
  return table;
}

const label = (labels: Record<string, string>, code: string | undefined) =>
  (code && labels[code]) || code || "";

/** "COMMENDATION:HONOUR:CITY" → { category: "表彰奖励", item: "荣誉称号（市级）" }. */
export function conductPointsLabel(key: string): { category: string; item: string } {
  const [category, a, b] = key.split(":");
  const item =
    category === "JUDICIAL"
      ? `${label(SEVERITY_LABELS, a)}问题`
      : category === "INNOVATION"
        ? `${label(LEVEL_LABELS, a)}创新`
        : b
          ? `${label(KIND_LABELS, a)}（${label(LEVEL_LABELS, b)}）`
          : label(KIND_LABELS, a);
  return { category: label(CATEGORY_LABELS, category), item };
}

export type ConductPointsRow = {
  key: string;
  category: string;
  item: string;
  sign: 1 | -1;
  defaultCenti: number;
  centi: number;
  /** A saved value (which 恢复默认 removes); null when the key follows its default. */
  saved: { by: string | null; at: Date } | null;
};

/** Every key of the table in its fixed order, for the editing page. */
export async function listConductPoints(): Promise<ConductPointsRow[]> {
  const rows = await db.conductPointRule.findMany({
    select: { key: true, centi: true, updatedAt: true, updatedBy: { select: { realName: true } } },
  });
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return CONDUCT_POINT_KEYS.map((key) => {
    const r = byKey.get(key);
    return {
      key,
      ...conductPointsLabel(key),
      sign: conductPointsSign(key),
      defaultCenti: DEFAULT_CONDUCT_POINTS[key],
      centi: r ? r.centi : DEFAULT_CONDUCT_POINTS[key],
      saved: r ? { by: r.updatedBy?.realName ?? null, at: r.updatedAt } : null,
    };
  });
}
