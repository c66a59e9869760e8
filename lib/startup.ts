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
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.DISABLE_SCHEDULERS === "1") return;
  const run = async () => {
    try {
      const { sendReportReminders } = await import("./reports/reminders");
      const r = await sendReportReminders();
      if (r.dueSoon || r.missed) console.log(`[reminders] due-soon ${r.dueSoon}, missed ${r.missed}`);
    } catch (e) {
      console.error("[reminders]", e);
    }
    await import("./mailbox/receipts").then((m) => m.recordAnonymousReceipts()).catch((e) => console.error("[mailbox receipts]", e));
  };
  setTimeout(run, 20_000).unref();
  setInterval(run, REMINDER_INTERVAL_MS).unref();
}
