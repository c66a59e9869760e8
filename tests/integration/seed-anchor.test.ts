// The demo seed on several anchor days (SEED_TODAY), each into its own fresh
// SQLite file: the invariants README.md promises hold on the 1st, the 28th,
// the 31st and in January, and a given day always gives the same data.
// Runs the real prisma/seed.ts in a child process, once per anchor; SQLite
// only (the seed's logic does not depend on the provider). The seeding and
// the table of dated columns are in fixtures/seed-anchor.ts.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { makeSeedClock, quarterLabel, storyKey } from "@/prisma/seed/clock";
import { DEMO_ACCESS_CODE } from "@/prisma/seed/mailbox";

import { ANCHORS, DAY, FUTURE, PAST, seed, seedAnchors } from "./fixtures/seed-anchor";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sz-seed-"));
const postgres = process.env.TEST_DB === "postgres";

let dbs = new Map<string, Database.Database>();
const when = (v: string | null) => (v === null ? null : new Date(v).getTime());

beforeAll(async () => {
  if (postgres) return;
  dbs = await seedAnchors(dir);
}, 300_000);

afterAll(() => {
  for (const db of dbs.values()) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(postgres)("the demo seed, anchored to the day it is seeded", () => {
  for (const today of ANCHORS) {
    describe(`on ${today}`, () => {
      const clock = makeSeedClock(today);
      const anchor = clock.anchor.getTime();
      const prev = storyKey("2026-10", clock); // the month before the anchor's
      const month = storyKey("2026-11", clock);
      const db = () => dbs.get(today)!;
      const one = <T>(sql: string, ...args: unknown[]) =>
        db()
          .prepare(sql)
          .get(...args) as T;
      const all = <T>(sql: string, ...args: unknown[]) =>
        db()
          .prepare(sql)
          .all(...args) as T[];

      it("writes nothing after the anchor but what is upcoming or due, and nothing outside 2000…2100", () => {
        for (const [table, column] of PAST) {
          const r = one<{ lo: string | null; hi: string | null }>(
            `SELECT MIN("${column}") AS lo, MAX("${column}") AS hi FROM "${table}"`,
          );
          if (r.hi === null) continue;
          expect(when(r.hi), `${table}.${column} ${r.hi}`).toBeLessThanOrEqual(anchor);
          // (Staff who joined before 2000 keep their real joining date.)
          if (column !== "joinedAt")
            expect(when(r.lo), `${table}.${column} ${r.lo}`).toBeGreaterThanOrEqual(
              Date.UTC(2000, 0, 1),
            );
        }
        for (const [table, column, days] of FUTURE) {
          const r = one<{ hi: string | null }>(`SELECT MAX("${column}") AS hi FROM "${table}"`);
          if (r.hi)
            expect(when(r.hi), `${table}.${column} ${r.hi}`).toBeLessThanOrEqual(
              anchor + days * DAY,
            );
        }
      });

      it("has the 24 months before the anchor's month as periods, the previous one filed, the anchor's open", () => {
        const keys = all<{ key: string }>(`SELECT key FROM ReportPeriod ORDER BY key`).map(
          (r) => r.key,
        );
        expect(keys).toHaveLength(25);
        expect(keys[23]).toBe(prev);
        expect(keys[24]).toBe(month);
        const liaisons = one<{ n: number }>(
          `SELECT COUNT(*) AS n FROM Department WHERE liaisonId IS NOT NULL AND headId IS NOT NULL`,
        ).n;
        const filed = (key: string) =>
          one<{ n: number }>(
            `SELECT COUNT(*) AS n FROM LiaisonReport r JOIN ReportPeriod p ON p.id = r.periodId WHERE p.key = ? AND r.status <> 'DRAFT'`,
            key,
          ).n;
        // The month before: complete (a report or two missing, as the story has them).
        expect(filed(keys[22])).toBeGreaterThanOrEqual(liaisons - 2);
        // The previous month: due on day 5 of the anchor's month; mostly filed once that has passed.
        const day = Number(today.slice(8));
        if (day > 5) expect(filed(prev)).toBeGreaterThanOrEqual(liaisons - 3);
        // Its reports count for the dashboard's head month in any case (the early ones are in by day 1).
        expect(
          one<{ n: number }>(
            `SELECT COUNT(*) AS n FROM LiaisonReport r JOIN ReportPeriod p ON p.id = r.periodId WHERE p.key IN (?, ?) AND r.status <> 'DRAFT'`,
            prev,
            keys[22],
          ).n,
        ).toBeGreaterThan(liaisons);
        // The anchor's month: open, nothing submitted, nothing of 第一检察部 (liaison1 files it in the e2e walk-through).
        expect(filed(month)).toBe(0);
        expect(
          one<{ n: number }>(
            `SELECT COUNT(*) AS n FROM LiaisonReport r JOIN ReportPeriod p ON p.id = r.periodId JOIN Department d ON d.id = r.departmentId WHERE p.key = ? AND d.code = 'JC1'`,
            month,
          ).n,
        ).toBe(0);
        // Late, missing and returned reports are still there.
        expect(
          one<{ n: number }>(`SELECT COUNT(*) AS n FROM LiaisonReport WHERE status = 'RETURNED'`).n,
        ).toBeGreaterThanOrEqual(2);
        expect(
          one<{ n: number }>(
            `SELECT COUNT(*) AS n FROM LiaisonReport r JOIN ReportPeriod p ON p.id = r.periodId WHERE r.firstSubmittedAt > p.dueAt`,
          ).n,
        ).toBeGreaterThan(5);
        expect(
          liaisons * 24 -
            one<{ n: number }>(
              `SELECT COUNT(*) AS n FROM LiaisonReport r JOIN ReportPeriod p ON p.id = r.periodId WHERE p.key <= ?`,
              prev,
            ).n,
        ).toBeGreaterThan(0);
      });

      it("keeps the story's shape: the reform dip on the dashboard's 改革节点, 第四检察部 struggling since eight months back", () => {
        const reform = ["2025-03", "2025-04", "2025-05", "2025-06"].map((k) => storyKey(k, clock));
        // Milestone rows (issue 17), no longer the dashboard.milestones setting.
        expect(
          one<{ fromMonth: string; toMonth: string; label: string }>(
            `SELECT fromMonth, toMonth, label FROM Milestone WHERE kind = 'REFORM'`,
          ),
        ).toEqual({ fromMonth: reform[0], toMonth: reform[3], label: "司法责任制改革 · 入额" });
        const mood = (where: string, ...args: unknown[]) =>
          one<{ m: number }>(
            `SELECT AVG(r.mood) AS m FROM LiaisonReport r JOIN ReportPeriod p ON p.id = r.periodId JOIN Department d ON d.id = r.departmentId WHERE r.status <> 'DRAFT' AND ${where}`,
            ...args,
          ).m;
        expect(mood(`p.key IN (${reform.map(() => "?").join(",")})`, ...reform)).toBeLessThan(
          mood(`p.key NOT IN (${reform.map(() => "?").join(",")}) AND d.code <> 'JC4'`, ...reform) -
            0.7,
        );
        const since = storyKey("2026-03", clock);
        expect(mood(`d.code = 'JC4' AND p.key >= ?`, since)).toBeLessThan(
          mood(`d.code <> 'JC4' AND p.key >= ?`, since) - 1,
        );
      });

      it("has one pulse round open on the anchor day, named for its quarter, and a closed one in the last three months", () => {
        const rounds = all<{ title: string; opensAt: string; closesAt: string }>(
          `SELECT title, opensAt, closesAt FROM PulseRound ORDER BY opensAt`,
        );
        expect(rounds).toHaveLength(10);
        expect(new Set(rounds.map((r) => r.title)).size).toBe(10);
        const open = rounds.filter((r) => when(r.opensAt)! <= anchor && when(r.closesAt)! > anchor);
        expect(open.map((r) => r.title)).toEqual([`${quarterLabel(clock.anchor)}干警思想状况测评`]);
        expect(one<{ n: number }>(`SELECT COUNT(*) AS n FROM PulseSealed`).n).toBeGreaterThan(30);
        const lastClosed = Math.max(
          ...rounds.filter((r) => when(r.closesAt)! <= anchor).map((r) => when(r.closesAt)!),
        );
        expect(anchor - lastClosed).toBeLessThan(92 * DAY);
      });

      it("keeps the documented counts, with timers that read in hours and days", () => {
        const count = (sql: string, ...args: unknown[]) => one<{ n: number }>(sql, ...args).n;
        expect(count(`SELECT COUNT(*) AS n FROM Consultation`)).toBe(216);
        const open = all<{ askedAt: string }>(
          `SELECT askedAt FROM Consultation WHERE status = 'OPEN'`,
        )
          .map((r) => (anchor - when(r.askedAt)!) / 3_600_000)
          .sort((a, b) => a - b);
        expect(open).toEqual([3, 8, 15, 40]);
        const late = all<{ h: number }>(
          `SELECT askedAt, answeredAt FROM Consultation WHERE status = 'ANSWERED'`,
        )
          .map(
            (r) =>
              (when((r as unknown as { answeredAt: string }).answeredAt)! -
                when((r as unknown as { askedAt: string }).askedAt)!) /
              3_600_000,
          )
          .filter((h) => h >= 24);
        expect(late).toHaveLength(6);
        for (const h of late) expect(h).toBeLessThan(30 * 24);
        expect(count(`SELECT COUNT(*) AS n FROM FaqEntry`)).toBe(11);
        expect(count(`SELECT COUNT(*) AS n FROM StudyActivity WHERE recordedAt IS NOT NULL`)).toBe(
          40,
        );
        const upcoming = all<{ heldAt: string }>(
          `SELECT heldAt FROM StudyActivity WHERE recordedAt IS NULL`,
        ).map((r) => when(r.heldAt)!);
        expect(upcoming).toHaveLength(3);
        for (const t of upcoming) expect(t).toBeGreaterThan(anchor);
        expect(
          count(`SELECT COUNT(*) AS n FROM QuotaRegistration WHERE outcome = 'ADMITTED'`),
        ).toBe(56);
        expect(
          count(`SELECT COUNT(*) AS n FROM QuotaRegistration WHERE outcome = 'PUBLICITY'`),
        ).toBe(10);
        const quota = one<{ s: string; e: string }>(
          `SELECT publicityStartsOn AS s, publicityEndsOn AS e FROM QuotaRound`,
        );
        expect(when(quota.s)! <= anchor && when(quota.e)! > anchor).toBe(true);
        const campaigns = all<{ s: string; e: string }>(
          `SELECT startsOn AS s, endsOn AS e FROM TalkCampaign ORDER BY startsOn`,
        );
        expect(campaigns).toHaveLength(2);
        expect(when(campaigns[1].s)! <= anchor && when(campaigns[1].e)! > anchor).toBe(true);
        // Follow-ups: some overdue, some due later; none due before it was assigned.
        const active = all<{ dueDate: string; createdAt: string }>(
          `SELECT dueDate, createdAt FROM FollowUp WHERE status IN ('OPEN', 'IN_PROGRESS') AND dueDate IS NOT NULL`,
        );
        expect(active.filter((f) => when(f.dueDate)! < anchor).length).toBeGreaterThanOrEqual(3);
        expect(active.filter((f) => when(f.dueDate)! > anchor).length).toBeGreaterThanOrEqual(3);
        for (const f of active) expect(when(f.dueDate)!).toBeGreaterThan(when(f.createdAt)!);
        // Letters: the newest a day old, the demo code's letter answered.
        expect(count(`SELECT COUNT(*) AS n FROM MailboxMessage`)).toBe(12);
        const newest = one<{ d: string }>(`SELECT MAX(receivedOn) AS d FROM MailboxMessage`).d;
        expect(anchor - new Date(`${newest}T00:00:00+08:00`).getTime()).toBe(DAY);
        expect(DEMO_ACCESS_CODE).toBe("LXJC-2026-DEMO-CODE");
        expect(
          count(
            `SELECT COUNT(*) AS n FROM MailboxMessage WHERE accessCodeHash IS NOT NULL AND status = 'REPLIED'`,
          ),
        ).toBeGreaterThanOrEqual(1);
      });
    });
  }

  it("gives the same data for the same anchor day", () => {
    const digest = (db: Database.Database) =>
      [
        "SELECT id, status, createdAt, submittedAt, reviewedAt, mood FROM LiaisonReport",
        "SELECT id, status, dueDate, updatedAt FROM FollowUp",
        "SELECT id, askedAt, answeredAt FROM Consultation",
        "SELECT id, title, opensAt, closesAt FROM PulseRound",
        "SELECT id, heldOn, intervieweeId FROM TalkRecord",
        "SELECT id, studiedOn, status FROM StudyLog",
      ]
        .map((sql) => JSON.stringify(db.prepare(`${sql} ORDER BY id`).all()))
        .join("\n");
    expect(digest(dbs.get("again")!)).toBe(digest(dbs.get(ANCHORS[0])!));
  });

  it("is skipped on a database that has data, and --reset reseeds it with the new day's anchor", () => {
    const file = path.join(dir, "again.db");
    expect(seed(file, "2027-06-15")).toContain("数据库已有数据，跳过种子");
    const out = seed(file, "2027-06-15", ["--reset"]);
    expect(out).toContain("锚定日期 2027-06-15");
    const db = new Database(file, { readonly: true });
    try {
      const keys = db.prepare(`SELECT key FROM ReportPeriod ORDER BY key DESC LIMIT 1`).get() as {
        key: string;
      };
      expect(keys.key).toBe("2027-06");
    } finally {
      db.close();
    }
  }, 60_000);
});
