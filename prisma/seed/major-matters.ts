// 个人重大事项报告 demo data: ~25 reports across every category, about half
// acknowledged by 政治处 (demo account zzc). Details encrypted (docs/security.md item 19).
import { encryptText } from "../../lib/crypto";
import type { Tx } from "../../lib/db-client";
import { SEED_REFERENCE_DATE } from "./clock";
import type { Organisation } from "./org";
import { Rng, stableId } from "./random";

const DAY = 24 * 3600_000;

export const DETAILS: Record<string, string[]> = {
  MARRIAGE: [
    "本人已于近期登记结婚，配偶在本市某中学任教。",
    "本人已办理离婚手续，子女随本人生活。",
  ],
  CHILDREN: [
    "女儿已赴英国攻读硕士学位，学费由家庭负担。",
    "儿子大学毕业后入职本市一家律师事务所。",
  ],
  TRAVEL: [
    "拟于春节期间携家人赴新加坡旅游，已按规定办理因私出国(境)审批。",
    "因私赴香港探亲，行程五天，证件已按规定交回保管。",
  ],
  RELATIVES: ["配偶的弟弟在本市从事律师职业，已知悉回避规定。", "本人父亲受聘担任某企业法律顾问。"],
  PROPERTY: [
    "家庭新购商品住房一套，面积 96 平方米，贷款购买。",
    "配偶持有某上市公司股票，市值约 15 万元。",
  ],
  ILLNESS: ["本人近期确诊需手术治疗，预计病休一个月。", "母亲重病住院，需请假照料。"],
  OTHER: ["本人受邀在某高校法学院兼任实务导师，不领取报酬。"],
};
export const CATEGORIES = Object.keys(DETAILS);
export const NOTES = [
  "已知悉，请按规定做好回避。",
  "已登记备案。",
  "请注意出入境证件管理规定。",
  "已知悉，院里将关心慰问。",
  null,
];

export async function seedMajorMatters(tx: Tx, org: Organisation) {
  const rng = new Rng(20261102);
  const office = org.users.find((u) => u.username === "zzc")!;
  const staff1 = org.users.find((u) => u.username === "staff1")!;
  const pool = org.users.filter(
    (u) => u.roles.includes("STAFF") && u.username !== "staff1" && u.username !== "zzc",
  );
  const people = [staff1, staff1, ...rng.shuffle(pool).slice(0, 23)];
  let acknowledged = 0;
  for (const [i, person] of people.entries()) {
    const category = CATEGORIES[i % CATEGORIES.length];
    const createdAt = new Date(
      SEED_REFERENCE_DATE.getTime() - rng.int(3, 300) * DAY + rng.int(9, 17) * 3600_000,
    );
    const ack = i !== 0 && rng.chance(0.55);
    const note = ack ? rng.pick(NOTES) : null;
    await tx.majorMatterReport.create({
      data: {
        id: stableId(`major-matter:${i}`),
        userId: person.id,
        category,
        occurredOn: rng.chance(0.8) ? new Date(createdAt.getTime() - rng.int(1, 30) * DAY) : null,
        detailEnc: encryptText(rng.pick(DETAILS[category])),
        status: ack ? "ACKNOWLEDGED" : "SUBMITTED",
        acknowledgedById: ack ? office.id : null,
        acknowledgedAt: ack ? new Date(createdAt.getTime() + rng.int(1, 5) * DAY) : null,
        ackNoteEnc: note ? encryptText(note) : null,
        createdAt,
      },
    });
    if (ack) acknowledged++;
  }
  return { total: people.length, acknowledged };
}
