// The periodic jobs (report and appraisal reminders, mailbox receipts, pulse
// releases: lib/startup.ts lists them) run once per time slot across every
// instance of the portal, however many run on the database (docs/deployment.md).
//
// Ticks are aligned to the wall clock (slot = ⌊now / interval⌋), so every
// instance ticks at about the same moment. On PostgreSQL each job's run for a
// slot happens inside a transaction that holds a transaction-level advisory
// lock on the job (pg_try_advisory_xact_lock: an instance that finds it taken
// skips) and reads and then advances the job's last slot in a Setting row (an
// instance that comes later in the same slot skips). A run that dies leaves
// the slot unmarked and the lock is released with its connection; the next
// slot runs it again, which the jobs allow (each is idempotent).
//
// SQLite is one instance on one machine (scripts/server.mjs runs the jobs in
// worker 0 only), so there the lock is a no-op and each tick simply runs.
import "server-only";

import { db, dbProvider } from "./db";

export type Job = { name: string; run: () => Promise<void> };
export type JobOutcome = "ran" | "busy" | "done";

const DEFAULT_INTERVAL_MS = 30 * 60 * 1000;
/** How long one run may hold its lock before the lock transaction gives up. */
const RUN_TIMEOUT_MS = 10 * 60 * 1000;

/** JOB_INTERVAL_MS (at least 1 s) or 30 minutes. */
export function jobIntervalMs(): number {
  const v = Number(process.env.JOB_INTERVAL_MS);
  return Number.isFinite(v) && v >= 1000 ? v : DEFAULT_INTERVAL_MS;
}

export const slotOf = (at: number, intervalMs: number) => Math.floor(at / intervalMs);
export const jobSettingKey = (name: string) => `job.${name}.lastSlot`;

/**
 * Runs `job` for `slot` unless another instance holds it ("busy") or has
 * already run it for this slot or a later one ("done").
 */
export async function runJobOnce(job: Job, slot: number): Promise<JobOutcome> {
  if (dbProvider !== "postgresql") {
    await job.run();
    return "ran";
  }
  const key = jobSettingKey(job.name);
  return db.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(hashtextextended(${`job:${job.name}`}, 0)) AS locked`;
      if (!locked) return "busy";
      const mark = await tx.setting.findUnique({ where: { key }, select: { value: true } });
      if (mark && Number(mark.value) >= slot) return "done";
      // The job writes through its own connections; this one only holds the lock.
      await job.run();
      await tx.setting.upsert({
        where: { key },
        create: { key, value: String(slot) },
        update: { value: String(slot) },
      });
      return "ran";
    },
    { maxWait: 15_000, timeout: RUN_TIMEOUT_MS },
  );
}

/** One tick: every job in turn, each logged when it ran; a failing job does not stop the rest. */
export async function runTick(jobs: readonly Job[], slot: number): Promise<void> {
  for (const job of jobs) {
    try {
      if ((await runJobOnce(job, slot)) === "ran")
        console.log(`[jobs] ${job.name} ran for slot ${slot} (pid ${process.pid})`);
    } catch (e) {
      console.error(`[jobs] ${job.name}`, e);
    }
  }
}

/**
 * Runs the jobs `firstDelayMs` after start (at most one interval), then just
 * after each slot boundary. A tick starts only when the previous one is over.
 */
export function scheduleJobs(
  jobs: readonly Job[],
  intervalMs = jobIntervalMs(),
  firstDelayMs = 20_000,
): void {
  const tick = async () => {
    await runTick(jobs, slotOf(Date.now(), intervalMs));
    // 100 ms past the next boundary, so that the slot read then is the new one.
    const wait = intervalMs - (Date.now() % intervalMs) + 100;
    setTimeout(tick, wait).unref();
  };
  setTimeout(tick, Math.min(firstDelayMs, intervalMs)).unref();
}
