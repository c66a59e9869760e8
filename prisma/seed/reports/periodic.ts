// The monthly reports of the 24 months before the anchor's month, for every
// department with a liaison and a head: the reform dip, 第四检察部's problem,
// a few late, missing and returned, and the previous month as of the anchor.
// Draws from the seed's Rng in a fixed order: the same draws for every anchor.
import { encryptText } from "../../../lib/crypto";
import type { Period } from "../../../lib/reports/periods";
import { storyKey } from "../clock";
import type { SeedUser } from "../org";
import { stableId } from "../random";
import { DAY, type ReportContext } from "./rows";
import { CONCERNS, HOT_TOPICS, SUMMARIES } from "./texts";

const REFORM_MONTHS = new Set(["2025-03", "2025-04", "2025-05", "2025-06"].map((k) => storyKey(k)));
const PROBLEM_DEPARTMENT = "JC4";
const PROBLEM_FROM = storyKey("2026-03");
/**
 * 案件管理部 dips in the last two filed months (issue 17): the early warning a
 * leader should see on the demo, 显著, against its own history.
 */
const RECENT_DIP_DEPARTMENT = "AGB";
const RECENT_DIP_FROM = storyKey("2026-09");
/** Two reports stay returned, waiting for the liaison to fix them: this period's. */
const RETURNED_NOW = storyKey("2026-09");

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/**
 * Adds every department's reports for `periods`; the last of them is the
 * month being filed as of the anchor, and nothing is later than `now`.
 */
export function addPeriodicReports(ctx: ReportContext, periods: Period[], now: number): void {
  const { rng, org, topicId } = ctx;
  const { reports, topicRows, events, concernRows, concerns } = ctx.rows;
  const latestKey = periods[periods.length - 1].key;
  const usersByDept = new Map<string, SeedUser[]>();
  for (const u of org.users)
    if (u.departmentId)
      usersByDept.set(u.departmentId, [...(usersByDept.get(u.departmentId) ?? []), u]);

  for (const dept of org.departments.filter((d) => d.liaisonId && d.headId)) {
    const base = 3.7 + rng.float() * 0.6;
    const members = (usersByDept.get(dept.id) ?? []).filter(
      (u) => u.id !== dept.headId && u.id !== dept.liaisonId,
    );
    for (const p of periods) {
      const isLatest = p.key === latestKey;
      const reform = REFORM_MONTHS.has(p.key);
      const problem = dept.code === PROBLEM_DEPARTMENT && p.key >= PROBLEM_FROM;
      const dip = dept.code === RECENT_DIP_DEPARTMENT && p.key >= RECENT_DIP_FROM;
      // A few periods were never filed (not the demo department's). The same
      // draws for every anchor, so the story does not change with the day.
      const currentlyReturned =
        p.key === RETURNED_NOW && (dept.code === "JC3" || dept.code === "WJB");
      if (dept.code !== "JC1" && rng.chance(0.025) && !currentlyReturned) continue;

      const mood = clamp(
        Math.round(
          base +
            (rng.float() - 0.5) * 0.9 -
            (reform ? 1.2 : 0) -
            (problem ? 1.6 : 0) -
            (dip ? 1.3 : 0),
        ),
        1,
        5,
      );
      const stability = mood >= 4 ? "STABLE" : mood === 3 ? "MOSTLY_STABLE" : "FLUCTUATING";
      const summaries = problem
        ? SUMMARIES.problem
        : reform
          ? SUMMARIES.reform
          : mood >= 4
            ? SUMMARIES.good
            : SUMMARIES.mixed;
      const id = stableId(`report:${dept.code}:${p.key}`);

      const late = rng.chance(0.06);
      const firstSubmittedAt = late
        ? new Date(p.dueAt.getTime() + rng.int(1, 5) * DAY - 6 * 3600_000)
        : new Date(p.dueAt.getTime() - rng.int(1, 6) * DAY - rng.int(2, 8) * 3600_000);
      const returnedOnce = rng.chance(0.05);
      // Heads review in the day or two after the last day before the due date, or after a late report.
      const reviewBase = Math.max(firstSubmittedAt.getTime(), p.dueAt.getTime() - DAY);
      const reviewAfter =
        reviewBase -
        firstSubmittedAt.getTime() +
        rng.int(1, 2) * DAY +
        (returnedOnce ? 3 * DAY : 0);
      const created = new Date(firstSubmittedAt.getTime() - rng.int(1, 3) * DAY);
      // What has happened by the anchor: the previous month's reports come in around the anchor.
      let status = "REVIEWED";
      if (currentlyReturned) status = "RETURNED";
      let returned = returnedOnce;
      // Not even a draft yet: the same draws below, nothing written.
      const exists = !isLatest || created.getTime() <= now;
      if (isLatest) {
        if (firstSubmittedAt.getTime() > now) status = "DRAFT";
        else if (returnedOnce && firstSubmittedAt.getTime() + DAY > now) status = "SUBMITTED";
        else if (returnedOnce && firstSubmittedAt.getTime() + 2 * DAY > now) status = "RETURNED";
        else if (firstSubmittedAt.getTime() + reviewAfter > now) status = "SUBMITTED";
        returned =
          returnedOnce && status !== "RETURNED" && firstSubmittedAt.getTime() + 2 * DAY <= now;
      }
      const submitted = status !== "DRAFT";
      const reviewedAt =
        status === "REVIEWED"
          ? new Date(Math.min(firstSubmittedAt.getTime() + reviewAfter, now))
          : null;
      const returnedOnceShown = returned;

      const summary = rng.pick(summaries);
      const topicPool = reform
        ? ["入额", "司法改革", "员额退出", "职级晋升"]
        : problem
          ? ["工作压力", "岗位调整", "健康", "家庭"]
          : [...HOT_TOPICS];
      const picked = rng.shuffle(topicPool).slice(0, rng.int(1, 3));
      const concernCount =
        members.length === 0
          ? 0
          : problem
            ? rng.int(1, 2)
            : reform
              ? rng.int(0, 2)
              : rng.chance(0.12)
                ? 1
                : 0;
      const concernDraws = rng
        .shuffle(members)
        .slice(0, concernCount)
        .map((person) => {
          const kind = problem
            ? rng.pick(["PRESSURE", "MOOD", "HEALTH"])
            : reform
              ? "REFORM"
              : rng.pick(["FAMILY", "MOOD", "HEALTH", "POST_CHANGE", "PRESSURE"]);
          const c = CONCERNS[kind];
          return {
            person,
            kind,
            description: rng.pick(c.description),
            suggestion: rng.pick(c.suggestion),
          };
        });
      if (!exists) continue;

      reports.push({
        id,
        departmentId: dept.id,
        periodId: stableId(`period:${p.key}`),
        kind: "PERIODIC",
        authorId: dept.liaisonId,
        status,
        mood,
        stability,
        summary,
        submittedAt: submitted
          ? returnedOnceShown
            ? new Date(firstSubmittedAt.getTime() + 2 * DAY)
            : firstSubmittedAt
          : null,
        firstSubmittedAt: submitted ? firstSubmittedAt : null,
        reviewedAt,
        reviewedById: reviewedAt ? dept.headId : null,
        returnComment:
          status === "RETURNED" ? "关注人员情况描述过于简略，请补充具体表现和已采取的措施。" : null,
        createdAt: created,
        updatedAt:
          reviewedAt ??
          (status === "RETURNED"
            ? new Date(firstSubmittedAt.getTime() + DAY)
            : submitted
              ? firstSubmittedAt
              : created),
      });

      for (const t of picked) topicRows.push({ reportId: id, topicId: topicId(t) });

      events.push({
        id: stableId(`event:${id}:c`),
        reportId: id,
        actorId: dept.liaisonId,
        action: "CREATED",
        createdAt: created,
      });
      if (submitted)
        events.push({
          id: stableId(`event:${id}:s`),
          reportId: id,
          actorId: dept.liaisonId,
          action: "SUBMITTED",
          createdAt: firstSubmittedAt,
        });
      if (returnedOnceShown || status === "RETURNED") {
        events.push({
          id: stableId(`event:${id}:r`),
          reportId: id,
          actorId: dept.headId,
          action: "RETURNED",
          comment: "请补充关注人员的具体情况。",
          createdAt: new Date(firstSubmittedAt.getTime() + DAY),
        });
        if (returnedOnceShown)
          events.push({
            id: stableId(`event:${id}:s2`),
            reportId: id,
            actorId: dept.liaisonId,
            action: "SUBMITTED",
            createdAt: new Date(firstSubmittedAt.getTime() + 2 * DAY),
          });
      }
      if (reviewedAt)
        events.push({
          id: stableId(`event:${id}:v`),
          reportId: id,
          actorId: dept.headId,
          action: "REVIEWED",
          createdAt: reviewedAt,
        });

      for (const [i, { person, kind, description, suggestion }] of concernDraws.entries()) {
        const cid = stableId(`concern:${id}:${i}`);
        concernRows.push({
          id: cid,
          reportId: id,
          personId: person.id,
          kind,
          descriptionEnc: encryptText(description),
          suggestionEnc: encryptText(suggestion),
          createdAt: created,
        });
        if (reviewedAt)
          concerns.push({
            id: cid,
            reportId: id,
            departmentId: dept.id,
            personId: person.id,
            kind,
            reviewedAt,
            reviewedById: dept.headId!,
          });
      }
    }
  }
}
