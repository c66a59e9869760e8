import "server-only";

import { assertConfig, ConfigError } from "./env";
import { scheduleJobs, type Job } from "./jobs";

/** Stops the server with a clear message when required configuration is missing. */
export function checkConfigOrExit(): void {
  try {
    assertConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(`\n[配置错误] ${e.message}\n`);
    process.exit(1);
  }
}

/**
 * The periodic jobs, every 30 minutes (JOB_INTERVAL_MS). With several
 * instances on one PostgreSQL database each job runs once per slot across
 * all of them (lib/jobs.ts); each job is idempotent besides.
 */
export const JOBS: readonly Job[] = [
  {
    name: "report-reminders",
    run: async () => {
      const { sendReportReminders } = await import("./reports/reminders");
      const r = await sendReportReminders();
      if (r.dueSoon || r.missed)
        console.log(`[reminders] due-soon ${r.dueSoon}, missed ${r.missed}`);
    },
  },
  {
    name: "appraisal-reminders",
    run: async () => {
      const r = await (await import("./appraisal/reminders")).sendAppraisalReminders();
      if (r.reminded) console.log(`[appraisal reminders] ${r.reminded}`);
    },
  },
  {
    name: "mailbox-receipts",
    run: async () => {
      await (await import("./mailbox/receipts")).recordAnonymousReceipts();
    },
  },
  {
    // Closed pulse rounds whose sealed pool is still shut (lib/pulse/release.ts).
    name: "pulse-release",
    run: async () => {
      const [m, { db, dbProvider }] = await Promise.all([
        import("./pulse/release"),
        import("./db"),
      ]);
      const r = await m.releaseDueRounds(db, dbProvider);
      if (r.released) console.log(`[pulse release] ${r.released} round(s)`);
    },
  },
];

/** Starts the periodic jobs (not during the build, nor in workers told not to). */
export function startSchedulers(): void {
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.DISABLE_SCHEDULERS === "1")
    return;
  scheduleJobs(JOBS);
}

/**
 * One-off data conversions that must finish before the server takes
 * requests: pulse participation from before tokens (lib/pulse/legacy.ts).
 * Every worker runs it; it is idempotent and takes a lock, so the first one
 * converts and the others find nothing to do. A failure is logged, and the
 * server still starts (answerPulse also refuses legacy participants).
 */
export async function convertLegacyData(): Promise<void> {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    const [{ migrateLegacyPulse }, { db, dbProvider }] = await Promise.all([
      import("./pulse/legacy"),
      import("./db"),
    ]);
    const r = await migrateLegacyPulse(db, dbProvider);
    if (r.tokens + r.sealedRounds + r.releasedRounds > 0)
      console.log(
        `[pulse legacy] ${r.tokens} participation token(s), ${r.sealedRounds} round(s) sealed, ${r.releasedRounds} round(s) released again`,
      );
  } catch (e) {
    console.error("[pulse legacy] conversion failed; old participation rows still name people", e);
  }
}
