// Seeds a realistic 梁溪区人民检察院: 14 departments, ~150 staff, their roles,
// the demo accounts (prisma/seed/accounts.ts) and a few notifications.
//
//   npx tsx prisma/seed.ts           seeds an empty database, or skips
//   npx tsx prisma/seed.ts --reset   empties every table but the audit log, reseeds
//   SEED_TODAY=2027-03-15 …          anchors the data to that day instead of today
//   npx tsx prisma/seed.ts --scale 10  adds 9 more copies of the business
//                                      departments, with five years of records
//                                      (prisma/seed/scale.ts; 2…100)
//
// Anchored to the day it is seeded (prisma/seed/clock.ts): the story moves by
// whole calendar months onto today's month (Asia/Shanghai), and what is recent
// or upcoming sits relative to today. Deterministic for a given anchor day: a
// fixed-seed PRNG, ids derived from stable keys, no other clock.
import nextEnv from "@next/env";

import { hashPassword } from "../lib/auth/password";
import { ROLES } from "../lib/auth/roles";
import { createDbClient, type Tx } from "../lib/db-client";
import { resolveDatabaseUrl } from "../lib/db-url";
import { migrateLegacyPulse } from "../lib/pulse/legacy";
import { DEMO_PASSWORD } from "./seed/accounts";
import { seedAlbums } from "./seed/albums";
import { seedAppraisalTemplate } from "./seed/appraisal";
import { CLOCK, SEED_LAUNCH_DATE, storyKey } from "./seed/clock";
import { seedColumns } from "./seed/columns";
import { seedConduct } from "./seed/conduct";
import { seedConsultations } from "./seed/consult";
import { seedCultureEvents } from "./seed/culture-events";
import { seedDirection } from "./seed/direction";
import { seedEssays } from "./seed/essays";
import { seedFollowUps } from "./seed/follow-ups";
import { DEMO_ACCESS_CODE, seedMailbox } from "./seed/mailbox";
import { buildNotifications } from "./seed/notifications";
import { buildOrganisation, type Organisation } from "./seed/org";
import { seedPulse } from "./seed/pulse";
import { seedQuota } from "./seed/quota";
import { Rng, SEED, stableId } from "./seed/random";
import { seedReports } from "./seed/reports";
import { wipeDatabase } from "./seed/reset";
import { seedStudyActivities } from "./seed/study-activities";
import { seedStudyLogs } from "./seed/study-logs";
import { seedTalks } from "./seed/talks";

nextEnv.loadEnvConfig(process.cwd());

const BATCH = 100;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

async function insertOrganisation(
  tx: Tx,
  org: Organisation,
  passwordHash: string,
  passwordChangedAt: Date,
): Promise<void> {
  // Departments first without their people; User ⇄ Department point at each other.
  await tx.department.createMany({
    data: org.departments.map((d) => ({
      id: d.id,
      name: d.name,
      code: d.code,
      sortOrder: d.sortOrder,
      createdAt: SEED_LAUNCH_DATE,
      updatedAt: SEED_LAUNCH_DATE,
    })),
  });
  for (const batch of chunks(org.users)) {
    await tx.user.createMany({
      data: batch.map((u) => ({
        id: u.id,
        username: u.username,
        realName: u.realName,
        employeeNo: u.employeeNo,
        email: u.email,
        departmentId: u.departmentId,
        position: u.position,
        birthYear: u.birthYear,
        gender: u.gender,
        partyMember: u.partyMember,
        prosecutor: u.prosecutor,
        joinedAt: u.joinedAt,
        status: "ACTIVE",
        passwordHash,
        passwordChangedAt,
        mustChangePassword: false,
        createdAt: u.createdAt,
        updatedAt: u.createdAt,
      })),
    });
  }
  const roleRows = org.users.flatMap((u) =>
    u.roles.map((role) => ({
      id: stableId(`role:${u.username}:${role}`),
      userId: u.id,
      role,
      createdAt: u.createdAt,
    })),
  );
  for (const batch of chunks(roleRows)) await tx.roleAssignment.createMany({ data: batch });
  for (const d of org.departments) {
    await tx.department.update({
      where: { id: d.id },
      data: {
        headId: d.headId,
        liaisonId: d.liaisonId,
        leaderId: d.leaderId,
        updatedAt: SEED_LAUNCH_DATE,
      },
    });
  }
  const userIds = new Map(org.users.map((u) => [u.username, u.id]));
  await tx.notification.createMany({ data: buildNotifications(userIds) });
}

async function printSummary(tx: Tx, started: number): Promise<void> {
  const [departments, users, roleRows, notifications, party, prosecutors] = await Promise.all([
    tx.department.count(),
    tx.user.count(),
    tx.roleAssignment.groupBy({ by: ["role"], _count: { _all: true } }),
    tx.notification.count(),
    tx.user.count({ where: { partyMember: true } }),
    tx.user.count({ where: { prosecutor: true } }),
  ]);
  const byRole = new Map(roleRows.map((r) => [r.role, r._count._all]));
  const total = roleRows.reduce((s, r) => s + r._count._all, 0);
  console.log(
    `部门 ${departments} 个；人员 ${users} 人（党员 ${party}，员额检察官 ${prosecutors}）`,
  );
  console.log(`角色分配 ${total} 条：${ROLES.map((r) => `${r} ${byRole.get(r) ?? 0}`).join("，")}`);
  console.log(`通知 ${notifications} 条；用时 ${Math.round(performance.now() - started)} ms`);
}

const reset = process.argv.includes("--reset");
const scaleAt = process.argv.indexOf("--scale");
const scale = scaleAt >= 0 ? Number(process.argv[scaleAt + 1]) : 1;
const { client: db, provider } = createDbClient(resolveDatabaseUrl());

try {
  const started = performance.now();
  if (!reset && (await db.user.count()) > 0) {
    console.log("数据库已有数据，跳过种子");
    if (scale !== 1) await (await import("./seed/scale")).seedScale(db, scale);
  } else {
    const org = buildOrganisation(new Rng(SEED));
    // Hashed once: every seeded account shares the demo password. (argon2's
    // random salt makes the hash string differ between runs; it verifies the same.)
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    // The one deliberately non-deterministic value: passwords expire 90 days after
    // passwordChangedAt, so a fixed date would lock the demo accounts into a
    // forced change once it is 90 days old. Ids and everything else are fixed.
    const passwordChangedAt = new Date();
    await db.$transaction(
      async (tx) => {
        if (reset) {
          const tables = await wipeDatabase(tx, provider);
          console.log(`已清空 ${tables.length} 张表`);
        }
        await insertOrganisation(tx, org, passwordHash, passwordChangedAt);
        // The dashboard's 改革节点, moved with the story (reform story 2025-03 … 2025-06).
        await tx.milestone.createMany({
          data: [
            ["MERGER", "区院合并", "2024-12", "2025-01"],
            ["REFORM", "司法责任制改革 · 入额", "2025-03", "2025-06"],
          ].map(([kind, label, from, to]) => ({
            id: stableId(`milestone:${kind}`),
            kind,
            label,
            fromMonth: storyKey(from),
            toMonth: storyKey(to),
          })),
        });
        await seedDirection(tx, org);
        const reports = await seedReports(tx, org);
        console.log(
          `思想动态报告 ${reports.reports} 份；关注人员 ${reports.concerns.length} 条（已审阅）`,
        );
        const fu = await seedFollowUps(tx, { concerns: reports.concerns, org });
        const st = fu.byStatus as Record<string, number>;
        console.log(
          `督办事项 ${fu.total} 项（待办 ${st.OPEN ?? 0}、办理中 ${st.IN_PROGRESS ?? 0}、已办结 ${st.RESOLVED ?? 0}、已核销 ${st.CLOSED ?? 0}；逾期 ${fu.overdueAtReference}）`,
        );
        const mb = await seedMailbox(tx, org);
        console.log(
          `检察长信箱 署名 ${mb.signed} 封、匿名 ${mb.anonymous} 封（演示访问码 ${DEMO_ACCESS_CODE}）；个人重大事项报告 ${mb.matters.total} 份（已确认 ${mb.matters.acknowledged}）`,
        );
        await seedConsultations(tx, org);
        const tk = await seedTalks(tx, org);
        console.log(
          `谈心谈话 ${tk.talks} 次（日常 ${tk.general} 次）；区院合并谈话计划 ${tk.merger.members} 人全覆盖；当前谈话计划 ${tk.current.covered}/${tk.current.members} 人`,
        );
        const cols = await seedColumns(tx, org);
        console.log(`专栏 ${cols.columns} 个、文章 ${cols.articles} 篇、阅读记录 ${cols.reads} 条`);
        const sa = await seedStudyActivities(tx, org);
        console.log(
          `两学一做学习活动 ${sa.activities} 项（已开展 ${sa.past} 项、待开展 ${sa.upcoming} 项）；应到 ${sa.attendance} 人次，出席率 ${sa.rate}%`,
        );
        const qt = await seedQuota(tx, org);
        console.log(
          `入额遴选：入额 ${qt.admitted} 人，公示 ${qt.publicity} 人，未入额 ${qt.notAdmitted} 人`,
        );
        const pl = await seedPulse(tx, org);
        console.log(
          `思想状况测评 ${pl.rounds} 轮、答卷 ${pl.responses} 份（已结束各轮平均参与率 ${pl.meanRate}%；进行中一轮已答 ${pl.current.answered}/${pl.current.eligible} 人）`,
        );
        const cd = await seedConduct(tx, org);
        console.log(
          `履职表现记录 ${cd.total} 条（省、市级荣誉称号 ${cd.regional} 人次；规范司法 ${cd.judicial} 条；纪律处分 ${cd.discipline} 条）`,
        );
        // After the columns: the winning essay is an article of the 检察文化 column.
        const es = await seedEssays(tx, org);
        console.log(
          `征文“我眼中的梁溪检察”作品 ${es.entries} 篇、评分 ${es.scores} 项（一等奖 ${es.awards.FIRST}、二等奖 ${es.awards.SECOND}、三等奖 ${es.awards.THIRD}、优秀奖 ${es.awards.EXCELLENCE}）；征集中的征言已收 ${es.openEntries} 条`,
        );
        const sl = await seedStudyLogs(tx, org);
        console.log(
          `学习日志 ${sl.total} 条（已通过 ${sl.approved}、待审核 ${sl.submitted}、已退回 ${sl.returned}）；积分规则 ${sl.rules} 项`,
        );
        const ce = await seedCultureEvents(tx, org);
        console.log(
          `东林法学社成员 ${ce.club.members} 人（待审批 ${ce.club.pending}）、社团活动 ${ce.club.events} 次、报名 ${ce.club.registrations} 人次；徒步行出席 ${ce.group.hikePresent} 人；即将举行的集体活动已报名 ${ce.group.upcoming.registered} 人、候补 ${ce.group.upcoming.waiting} 人`,
        );
        // After the culture events: the hike album links to the hike event when it exists.
        const al = await seedAlbums(tx, org);
        console.log(
          `电子相册 ${al.albums} 个、照片 ${al.photos} 张（待审核 ${al.pending}）、标记 ${al.tags} 人次${al.linked ? "" : "（徒步行活动尚未建立，相册未关联）"}`,
        );
        const ap = await seedAppraisalTemplate(tx);
        console.log(`绩效考评模板 1 套（${ap.indicators} 项指标）`);
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
    // Before the appraisal and the analysis reports, which then cover everyone.
    if (scale !== 1) await (await import("./seed/scale")).seedScale(db, scale);
    // Runs the app's own appraisal code over the committed records (its own transactions).
    if (scale !== 1) {
      const { seedEarlierCycles } = await import("./seed/appraisal-years");
      console.log(`绩效考评：第 3–5 年的年度周期已归档 ${await seedEarlierCycles()} 个`);
    }
    const { seedAppraisalCycles } = await import("./seed/appraisal-cycles");
    const ac = await seedAppraisalCycles();
    console.log(
      `绩效考评：上年度周期已归档（院级业务标兵 ${ac.honoured} 人）；本年度周期打分中，评分任务 ${ac.tasks} 项、已评 ${ac.scored} 项`,
    );
    // Drafted by the app's own code from the committed records of every domain.
    const { seedAnalysisReports, SCALED_ISSUED_QUARTERS } = await import("./seed/analysis-reports");
    const ar = await seedAnalysisReports(scale !== 1 ? SCALED_ISSUED_QUARTERS : undefined);
    console.log(`思想状况分析报告：已签发 ${ar.issued} 份，本季度草稿 ${ar.draft} 份`);
    console.log(
      `种子数据已写入（${provider}），锚定日期 ${CLOCK.today}${process.env.SEED_TODAY?.trim() ? "（SEED_TODAY）" : "（今天）"}`,
    );
    await printSummary(db, started);
  }
  // Pulse data from before participation tokens (lib/pulse/legacy.ts), also on a database that was not reseeded.
  const legacy = await migrateLegacyPulse(db, provider);
  if (legacy.tokens + legacy.sealedRounds + legacy.releasedRounds > 0)
    console.log(
      `思想状况测评旧数据已转换：参与记录 ${legacy.tokens} 条，封存 ${legacy.sealedRounds} 轮，重新发布 ${legacy.releasedRounds} 轮`,
    );
} catch (error) {
  console.error("种子数据写入失败：", error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
