// 检察文化参与 (pure): a person's culture points from their participation
// counts; the CULTURE_PARTICIPATION indicator scores them against the 院's
// 80th percentile (lib/appraisal/auto/conduct-culture.ts).
export const CULTURE_POINTS = {
  essay: 1000,
  award: { FIRST: 3000, SECOND: 2000, THIRD: 1500, EXCELLENCE: 1000 },
  club: 1500,
  event: 1000,
  photo: 200,
} as const;

export type CultureCounts = {
  essaysSubmitted: number;
  awards: Record<keyof typeof CULTURE_POINTS.award, number>;
  clubsActive: number;
  eventsAttended: number;
  photosApproved: number;
};

/** Culture points in hundredths (not capped). */
export function culturePoints(c: CultureCounts): number {
  const p = CULTURE_POINTS;
  const awards = (Object.keys(p.award) as (keyof typeof p.award)[]).reduce(
    (s, k) => s + c.awards[k] * p.award[k],
    0,
  );
  const sum =
    c.essaysSubmitted * p.essay +
    awards +
    c.clubsActive * p.club +
    c.eventsAttended * p.event +
    c.photosApproved * p.photo;
  return sum;
}
