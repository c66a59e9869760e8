// The periodic jobs run once per slot across instances (lib/jobs.ts): on
// PostgreSQL an advisory lock and the job's last slot in a Setting; on SQLite
// (one instance) every tick runs. Two callers here stand for two instances:
// each transaction takes its own pooled connection, as another process would.
import { afterAll, describe, expect, it } from "vitest";

import { db, dbProvider } from "@/lib/db";
import { jobSettingKey, runJobOnce, slotOf, type Job } from "@/lib/jobs";

const name = `test-job-${process.pid}-${Date.now()}`;
const other = `${name}-other`;

function countingJob(jobName: string, ms = 0) {
  const job = {
    runs: 0,
    name: jobName,
    run: async () => {
      job.runs++;
      await new Promise((r) => setTimeout(r, ms));
    },
  };
  return job satisfies Job;
}

afterAll(async () => {
  await db.setting.deleteMany({
    where: { key: { in: [jobSettingKey(name), jobSettingKey(other)] } },
  });
});

describe("periodic jobs across instances", () => {
  it("slots follow the wall clock", () => {
    expect(slotOf(59_999, 30_000)).toBe(1);
    expect(slotOf(60_000, 30_000)).toBe(2);
  });

  it.runIf(dbProvider === "postgresql")(
    "run once per slot on PostgreSQL: a concurrent run is busy, a later one finds it done",
    async () => {
      const job = countingJob(name, 300);
      const bystander = countingJob(other);
      const slot = 1_000;
      const [a, b] = await Promise.all([runJobOnce(job, slot), runJobOnce(job, slot)]);
      expect([a, b].sort()).toEqual(["busy", "ran"]);
      expect(await runJobOnce(job, slot)).toBe("done");
      expect(await runJobOnce(job, slot - 1)).toBe("done");
      expect(job.runs).toBe(1);
      // Another job is not held by this one's lock or slot.
      expect(await runJobOnce(bystander, slot)).toBe("ran");
      expect(await runJobOnce(job, slot + 1)).toBe("ran");
      expect(job.runs).toBe(2);
      const mark = await db.setting.findUnique({ where: { key: jobSettingKey(name) } });
      expect(mark?.value).toBe(String(slot + 1));
    },
  );

  it.runIf(dbProvider === "postgresql")(
    "leave a failed run's slot open, so that the next tick runs it",
    async () => {
      const slot = 5_000;
      const failing: Job = {
        name: other,
        run: async () => {
          throw new Error("boom");
        },
      };
      await expect(runJobOnce(failing, slot)).rejects.toThrow("boom");
      const job = countingJob(other);
      expect(await runJobOnce(job, slot)).toBe("ran");
      expect(job.runs).toBe(1);
    },
  );

  it.runIf(dbProvider === "sqlite")("run on every tick on SQLite (one instance)", async () => {
    const job = countingJob(name);
    expect(await runJobOnce(job, 7)).toBe("ran");
    expect(await runJobOnce(job, 7)).toBe("ran");
    expect(job.runs).toBe(2);
  });
});
