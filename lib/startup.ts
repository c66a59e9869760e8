import "server-only";

import { assertConfig, ConfigError } from "./env";

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

const REMINDER_INTERVAL_MS = 30 * 60 * 1000;

/** In-process periodic jobs. Safe with several instances: each job is idempotent. */
export function startSchedulers(): void {
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.DISABLE_SCHEDULERS === "1")
    return;
  const run = async () => {
    try {
      const { sendReportReminders } = await import("./reports/reminders");
      const r = await sendReportReminders();
      if (r.dueSoon || r.missed)
        console.log(`[reminders] due-soon ${r.dueSoon}, missed ${r.missed}`);
    } catch (e) {
      console.error("[reminders]", e);
    }
    await import("./appraisal/reminders")
      .then((m) => m.sendAppraisalReminders())
      .then((r) => {
        if (r.reminded) console.log(`[appraisal reminders] ${r.reminded}`);
      })
      .catch((e) => console.error("[appraisal reminders]", e));
    await import("./mailbox/receipts")
      .then((m) => m.recordAnonymousReceipts())
      .catch((e) => console.error("[mailbox receipts]", e));
    // Closed pulse rounds whose sealed pool is still shut (lib/pulse/release.ts).
    await Promise.all([import("./pulse/release"), import("./db")])
      .then(([m, { db, dbProvider }]) => m.releaseDueRounds(db, dbProvider))
      .then((r) => {
        if (r.released) console.log(`[pulse release] ${r.released} round(s)`);
      })
      .catch((e) => console.error("[pulse release]", e));
  };
  setTimeout(run, 20_000).unref();
  setInterval(run, REMINDER_INTERVAL_MS).unref();
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
