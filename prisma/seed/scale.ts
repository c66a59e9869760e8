// `npm run db:seed -- --scale N` (N = 2…100): after the demo 院, N−1 more
// copies of its business departments and people (prisma/seed/scale/org.ts),
// with five years of their records at the demo's rates
// (prisma/seed/scale/history.ts), their own study activities, mailbox letters
// and major-matter reports (prisma/seed/scale/records.ts), their attendance at
// the 院-wide study activities and their answers to the closed pulse rounds
// (prisma/seed/scale/rounds.ts). About 150·N people in all. The demo's own
// departments get years 3–5 back (prisma/seed/scale/demo-years.ts), and
// everyone answers the pulse rounds of those years
// (prisma/seed/scale/pulse-years.ts).
//
// Deterministic for an anchor day. Written in one transaction, all or
// nothing, in batches of BATCH rows, one copy of the departments at a time so
// that memory stays flat; a progress bar on stderr; the time and the row
// counts at the end. Runs once: a database that holds the copies already is
// left as it is.
import type { Db, Tx } from "../../lib/db-client";
import { periodFromKey, type Period } from "../../lib/reports/periods";
import { addMonths, CLOCK, monthKeyOf } from "./clock";
import { Rng, stableId } from "./random";
import { addDemoYears } from "./scale/demo-years";
import { buildCopy, copyCode, type ScaleOrganisation } from "./scale/org";
import { addOlderRounds } from "./scale/pulse-years";
import { batchWriter, buildRecords } from "./scale/records";
import { addAttendance, addPulseAnswers, recountRounds } from "./scale/rounds";

const MONTHS = 60;
export const MAX_SCALE = 100;

type Row = Record<string, unknown>;

function progress(label: string, done: number, total: number) {
  if (!process.stderr.isTTY && done < total) return;
  const width = 30;
  const filled = Math.round((done / Math.max(1, total)) * width);
  process.stderr.write(
    `\r[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${String(Math.round((done / Math.max(1, total)) * 100)).padStart(3)}%  ${label}`.padEnd(
      90,
    ) + (done >= total ? "\n" : ""),
  );
}

/** The 60 closed months before the anchor's month and the anchor's own, with their ids (created when missing). */
async function periods(tx: Tx): Promise<{ all: (Period & { id: string })[]; created: string[] }> {
  const keys = Array.from({ length: MONTHS + 1 }, (_, i) =>
    monthKeyOf(addMonths(CLOCK.anchor, i - MONTHS)),
  );
  const all = keys.map((k) => periodFromKey(k)!);
  const have = new Map(
    (
      await tx.reportPeriod.findMany({
        where: { key: { in: keys } },
        select: { key: true, id: true },
      })
    ).map((p) => [p.key, p.id]),
  );
  const missing = all.filter((p) => !have.has(p.key));
  await tx.reportPeriod.createMany({
    data: missing.map((p) => ({
      id: stableId(`period:${p.key}`),
      key: p.key,
      label: p.label,
      frequency: p.frequency,
      startsAt: p.startsAt,
      endsAt: p.endsAt,
      dueAt: p.dueAt,
      createdAt: p.startsAt,
    })),
  });
  return {
    all: all.map((p) => ({ ...p, id: have.get(p.key) ?? stableId(`period:${p.key}`) })),
    created: missing.map((p) => stableId(`period:${p.key}`)),
  };
}

async function writeOrganisation(
  tx: Tx,
  org: ScaleOrganisation,
  passwordHash: string,
  write: (m: string, r: Row[]) => Promise<void>,
) {
  const at = addMonths(CLOCK.anchor, -MONTHS);
  await write(
    "department",
    org.departments.map((d) => ({
      id: d.id,
      name: d.name,
      code: d.code,
      sortOrder: d.sortOrder,
      createdAt: at,
      updatedAt: at,
    })),
  );
  await write(
    "user",
    org.users.map((u) => ({
      id: u.id,
      username: u.username,
      realName: u.realName,
      employeeNo: u.employeeNo,
      departmentId: u.departmentId,
      position: u.position,
      birthYear: u.birthYear,
      gender: u.gender,
      partyMember: u.partyMember,
      prosecutor: u.prosecutor,
      joinedAt: u.joinedAt,
      status: "ACTIVE",
      passwordHash,
      passwordChangedAt: new Date(),
      mustChangePassword: false,
      createdAt: at,
      updatedAt: at,
    })),
  );
  await write(
    "roleAssignment",
    org.users.flatMap((u) =>
      u.roles.map((role) => ({
        id: stableId(`role:${u.username}:${role}`),
        userId: u.id,
        role,
        createdAt: at,
      })),
    ),
  );
  for (const d of org.departments)
    await tx.department.update({
      where: { id: d.id },
      data: { headId: d.headId, liaisonId: d.liaisonId, leaderId: d.leaderId },
    });
}

/** What adding copies needs from the database it adds to. */
export type ScaleContext = {
  rng: Rng;
  now: Date;
  leaderIds: string[];
  officeIds: string[];
  /** Who answers the mailbox letters: the named 检察长, else the first leader. */
  chiefId: string;
  passwordHash: string;
  months: (Period & { id: string })[];
  /** The report periods this context created (the rest existed). */
  createdPeriodIds: string[];
  topicIds: Map<string, string>;
};

export async function scaleContext(tx: Tx, rng: Rng, now: Date): Promise<ScaleContext> {
  const byRole = async (role: string) =>
    (
      await tx.user.findMany({
        where: { roles: { some: { role } }, status: "ACTIVE", departmentId: { not: null } },
        orderBy: { employeeNo: "asc" },
        select: { id: true },
      })
    ).map((u) => u.id);
  const leaderIds = await byRole("LEADER");
  const officeIds = await byRole("POLITICAL_OFFICE");
  if (leaderIds.length === 0 || officeIds.length === 0)
    throw new Error("--scale 需要已有院领导和政治处人员（先写入演示数据）");
  const { passwordHash } = await tx.user.findFirstOrThrow({
    where: { id: officeIds[0] },
    select: { passwordHash: true },
  });
  const topicIds = new Map(
    (await tx.hotTopic.findMany({ select: { id: true, name: true } })).map((t) => [t.name, t.id]),
  );
  const { all: months, created: createdPeriodIds } = await periods(tx);
  const named = await tx.setting.findUnique({ where: { key: "mailbox.chief" } });
  const chief = named?.value
    ? await tx.user.findFirst({
        where: { id: named.value, status: "ACTIVE" },
        select: { id: true },
      })
    : null;
  const chiefId = chief?.id ?? leaderIds[0];
  return {
    rng,
    now,
    leaderIds,
    officeIds,
    chiefId,
    passwordHash,
    months,
    createdPeriodIds,
    topicIds,
  };
}

/**
 * Adds copies `from`…`to` of the business departments with their people and
 * history; returns the rows written per model. Copy numbers must be new.
 */
export async function addCopies(
  tx: Tx,
  ctx: ScaleContext,
  from: number,
  to: number,
  opts: {
    onCopy?: (done: number, total: number) => void;
    /** Also attend the 院-wide activities and answer the closed pulse rounds (default). */
    shared?: boolean;
  } = {},
): Promise<{ counts: Map<string, number>; people: number; departmentIds: string[] }> {
  const counts = new Map<string, number>();
  const write = batchWriter(tx, counts);
  const { onCopy = () => {}, shared = true } = opts;
  let people = 0;
  const departmentIds: string[] = [];
  for (let k = from; k <= to; k++) {
    onCopy(k - from, to - from + 1);
    const org = buildCopy(ctx.rng, k, ctx.leaderIds);
    await writeOrganisation(tx, org, ctx.passwordHash, write);
    const rows = buildRecords({ ...ctx, org, periods: ctx.months });
    for (const [model, r] of Object.entries(rows)) await write(model, r);
    if (shared) {
      await addAttendance(tx, ctx.rng, org.users, ctx.now, write);
      await addPulseAnswers(tx, ctx.rng, k, org.users, ctx.now, write);
    }
    people += org.users.length;
    departmentIds.push(...org.departments.map((d) => d.id));
  }
  if (shared) await recountRounds(tx, people, ctx.now);
  onCopy(to - from + 1, to - from + 1);
  return { counts, people, departmentIds };
}

export async function seedScale(db: Db, factor: number): Promise<void> {
  if (!Number.isInteger(factor) || factor < 2 || factor > MAX_SCALE)
    throw new Error(`--scale 需为 2 到 ${MAX_SCALE} 之间的整数`);
  if (await db.department.findFirst({ where: { code: copyCode("JC1", 2) } })) {
    console.log("数据库已含扩容数据，跳过 --scale");
    return;
  }
  const started = performance.now();
  const now = new Date(CLOCK.anchor.getTime() - 3600_000);
  const { counts } = await db.$transaction(
    async (tx) => {
      const ctx = await scaleContext(tx, new Rng(20261207 + factor), now);
      const demo = (await tx.department.findMany({ select: { id: true } })).map((d) => d.id);
      const added = await addCopies(tx, ctx, 2, factor, {
        onCopy: (done, total) =>
          progress(
            done < total ? `第 ${done + 1}/${total} 组部门` : "演示部门第 3–5 年",
            done,
            total + 1,
          ),
      });
      // After the copies, from the same Rng: the copies stay as they were without it.
      await addDemoYears(tx, ctx, batchWriter(tx, added.counts), demo);
      await addOlderRounds(tx, ctx, batchWriter(tx, added.counts));
      progress("完成", 1, 1);
      return added;
    },
    { timeout: 3600_000, maxWait: 60_000 },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const total = [...counts.values()].reduce((s, n) => s + n, 0);
  console.log(`扩容 ×${factor}：新增 ${total.toLocaleString("en-US")} 行，用时 ${seconds} s`);
  for (const [model, n] of counts)
    console.log(`  ${model.padEnd(20)} ${n.toLocaleString("en-US").padStart(10)}`);
  const [people, departments] = await Promise.all([db.user.count(), db.department.count()]);
  console.log(`全院部门 ${departments} 个，人员 ${people} 人`);
}
