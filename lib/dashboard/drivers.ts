// Driver analysis for a pulse round (issue 17 item 4): for each statement,
// how strongly it moves with the rest of the survey (the corrected item-total
// correlation: the statement against the mean of the other statements) and
// its mean. Statements below the median mean and above the median impact are
// "低分且影响大": the short list to act on, in the spirit of Peakon's
// priorities. Pure: the database hands in sums and cross-products over the
// released responses of one group, never a single response
// (lib/dashboard/driver-queries.ts). Only groups of DRIVER_MIN_GROUP or more.

/** Drivers are shown only for groups of at least this many respondents. */
export const DRIVER_MIN_GROUP = 25;

export type DriverInput = {
  questions: { id: string; text: string }[];
  /** respondents who answered every statement */
  n: number;
  /** Σ x_q over those respondents, by question id */
  sum: Record<string, number>;
  /** Σ x_q·x_j over those respondents, by `${q}|${j}` (both orders, and q = j) */
  cross: Record<string, number>;
};

export type Driver = {
  id: string;
  text: string;
  /** mean answer, 1–5 */
  mean: number;
  /** correlation of the statement with the mean of the others (−1…1), null when either does not vary */
  impact: number | null;
  /** below the median mean and above the median impact */
  priority: boolean;
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The drivers of one group, or null when it is under DRIVER_MIN_GROUP or has fewer than 3 statements. */
export function driverAnalysis(input: DriverInput): Driver[] | null {
  const { questions, n } = input;
  if (n < DRIVER_MIN_GROUP || questions.length < 3) return null;
  const ids = questions.map((q) => q.id);
  const s = (q: string) => input.sum[q] ?? 0;
  // Covariance (times n) of two statements: Σxy − Σx·Σy/n.
  const cov = (a: string, b: string) => (input.cross[`${a}|${b}`] ?? 0) - (s(a) * s(b)) / n;
  const drivers = questions.map((q) => {
    const rest = ids.filter((id) => id !== q.id);
    const covRest = rest.reduce((acc, j) => acc + cov(q.id, j), 0);
    const varRest = rest.reduce((acc, j) => acc + rest.reduce((b, l) => b + cov(j, l), 0), 0);
    const varQ = cov(q.id, q.id);
    const impact = varQ > 1e-9 && varRest > 1e-9 ? covRest / Math.sqrt(varQ * varRest) : null;
    return { id: q.id, text: q.text, mean: s(q.id) / n, impact, priority: false };
  });
  const meanCut = median(drivers.map((d) => d.mean));
  const impacts = drivers.flatMap((d) => (d.impact === null ? [] : [d.impact]));
  const impactCut = impacts.length ? median(impacts) : Infinity;
  for (const d of drivers)
    d.priority = d.mean < meanCut && d.impact !== null && d.impact > impactCut && d.impact > 0;
  return drivers;
}
