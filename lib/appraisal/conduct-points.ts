// 履职表现加减分 (pure): the points each confirmed conduct record brings to the
// CONDUCT_POINTS indicator, by a key of its category, kind and level or
// severity. 政治处 edits the table (ConductPointRule rows override these
// defaults). Score = 80 + Σ points, kept within 0–100.

export const CONDUCT_BASE_CENTI = 8000;

const LEVELS = ["COURT", "CITY", "PROVINCE", "NATIONAL"] as const;

/** Points in hundredths, by key. Commendations and innovation add; findings and discipline subtract. */
export const DEFAULT_CONDUCT_POINTS: Readonly<Record<string, number>> = {
  "COMMENDATION:PRAISE": 100,
  "COMMENDATION:CITATION": 200,
  "COMMENDATION:MERIT": 500,
  "COMMENDATION:HONOUR:COURT": 300,
  "COMMENDATION:HONOUR:CITY": 500,
  "COMMENDATION:HONOUR:PROVINCE": 800,
  "COMMENDATION:HONOUR:NATIONAL": 1000,
  "INNOVATION:COURT": 200,
  "INNOVATION:CITY": 300,
  "INNOVATION:PROVINCE": 500,
  "INNOVATION:NATIONAL": 800,
  "JUDICIAL:GENERAL": -200,
  "JUDICIAL:SERIOUS": -500,
  "JUDICIAL:GRAVE": -1000,
  "DISCIPLINE:REMINDER": -200,
  "DISCIPLINE:ADMONITION": -500,
  "DISCIPLINE:CRITICISM": -500,
  "DISCIPLINE:SANCTION": -1500,
};

export const CONDUCT_POINT_KEYS = Object.keys(DEFAULT_CONDUCT_POINTS);

/** The most one record may add or take away: 20.00 points. */
export const CONDUCT_POINTS_LIMIT = 2000;

/** Commendations and innovation add (≥ 0); findings and discipline take away (≤ 0). */
export function conductPointsSign(key: string): 1 | -1 {
  return key.startsWith("COMMENDATION:") || key.startsWith("INNOVATION:") ? 1 : -1;
}

export type ConductFact = {
  id: string;
  category: string;
  kind: string;
  level: string | null;
  severity: string | null;
};

/** The table key of a record; innovation and honours fall back to 院级 without a level. */
export function conductPointsKey(r: ConductFact): string {
  const level = r.level && (LEVELS as readonly string[]).includes(r.level) ? r.level : "COURT";
  switch (r.category) {
    case "COMMENDATION":
      return r.kind === "HONOUR" ? `COMMENDATION:HONOUR:${level}` : `COMMENDATION:${r.kind}`;
    case "INNOVATION":
      return `INNOVATION:${level}`;
    case "JUDICIAL":
      return `JUDICIAL:${r.severity ?? "GENERAL"}`;
    default:
      return `DISCIPLINE:${r.kind}`;
  }
}

export type ConductScore = { centi: number; lines: { id: string; key: string; centi: number }[] };

export function conductScore(
  records: readonly ConductFact[],
  table: Readonly<Record<string, number>> = DEFAULT_CONDUCT_POINTS,
): ConductScore {
  const lines = records.map((r) => {
    const key = conductPointsKey(r);
    return { id: r.id, key, centi: table[key] ?? 0 };
  });
  const sum = lines.reduce((s, l) => s + l.centi, CONDUCT_BASE_CENTI);
  return { centi: Math.min(10000, Math.max(0, sum)), lines };
}
