// The aggregate blocks of one department's dashboard (the mood trend, study,
// talk coverage and appraisal progress), kept for FIGURES_TTL_MS per
// department, as /dashboard keeps its figures: they are the same for every
// viewer of the department, and the page says when they were computed. The
// blocks a viewer acts on (this period's report, follow-ups, deployments) are
// read fresh by queries.ts, and so is who may open the department.
import "server-only";

import { departmentAppraisalProgress } from "../appraisal/queries";
import { departmentSentiment, FIGURES_TTL_MS, HEATMAP_MONTHS } from "../dashboard/queries";
import { shanghaiYear } from "../dates";
import { memo, memoKey } from "../memo";
import { departmentMoods } from "../reports/queries";
import { departmentStudyPoints } from "../study/rankings/queries";
import { departmentCampaignCoverage } from "../talks/queries";
import { moodTrend } from "./mood";

async function loadFigures(department: { id: string; name: string }, now: Date, reuse: boolean) {
  const year = shanghaiYear(now);
  const [sentiment, study, talks, appraisal] = await Promise.all([
    departmentSentiment(department, now, reuse),
    departmentStudyPoints(department.id, year),
    departmentCampaignCoverage(department.id, now),
    departmentAppraisalProgress(department.id),
  ]);
  const moods = await departmentMoods(department.id, sentiment.months.slice(-HEATMAP_MONTHS));
  return {
    asOf: sentiment.asOf.getTime() < now.getTime() ? sentiment.asOf : now,
    year,
    trend: moodTrend({ ...sentiment, moods }, HEATMAP_MONTHS),
    study,
    talks,
    appraisal,
  };
}

type Figures = Awaited<ReturnType<typeof loadFigures>>;
const figuresMemo = memo<Figures>({ ttlMs: FIGURES_TTL_MS, max: 200 });

/** The department's aggregate blocks, computed at most once per FIGURES_TTL_MS (`reuse: false` computes afresh). */
export function departmentFigures(
  department: { id: string; name: string },
  now: Date,
  reuse = true,
): Promise<Figures> {
  if (!reuse) return loadFigures(department, now, false);
  return figuresMemo.get(memoKey(department.id, now, FIGURES_TTL_MS), () =>
    loadFigures(department, now, true),
  );
}
