// zod schemas of 社团 forms and actions, with Chinese messages.
import { z } from "zod";

import { shanghaiDayKey } from "../../dates";
import { checkbox, id, keyword, page, requiredDate, sortFields, text } from "../../forms/fields";

export const CLUB_ROLES = ["MEMBER", "OFFICER"] as const;
export const CLUB_ROLE_LABELS: Record<string, string> = { MEMBER: "成员", OFFICER: "负责人" };

export const MEMBER_STATUSES = ["PENDING", "ACTIVE", "REJECTED", "LEFT"] as const;
export const MEMBER_STATUS_LABELS: Record<string, string> = {
  PENDING: "待审批",
  ACTIVE: "在册",
  REJECTED: "未通过",
  LEFT: "已退出",
};

export const CLUB_MESSAGES = {
  alreadyMember: "您已是该社团成员，无需重复申请",
  alreadyPending: "您已提交入社申请，请等待社团负责人审批",
  notMember: "您不是该社团的在册成员",
  notOfficer: "只有社团负责人可以审批入社申请、组织社团活动和填写社团日志",
  notPending: "该申请已处理或已撤回",
  lastOfficer: "您是社团唯一的负责人，请先由政治处指定其他负责人再退出",
  nameTaken: "已有同名社团",
  officersRequired: "请至少指定一名负责人",
  officerInvalid: "所选负责人中有已停用或无效的账户",
  personInvalid: "所选人员不存在或已停用",
  keepOneOfficer: "社团至少要有一名负责人",
} as const;

const idList = (label: string) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().trim().min(1).max(40, `${label}无效`)).max(20, `${label}过多`),
  );

export const CreateClubInput = z.object({
  name: text("社团名称", 40),
  charter: text("社团章程", 4000),
  foundedOn: requiredDate("成立日期", { max: () => shanghaiDayKey() }),
  officerIds: idList("负责人").refine((v) => v.length > 0, CLUB_MESSAGES.officersRequired),
});

export const ClubRef = z.object({ clubId: id("社团") });

export const DecideJoinInput = z.object({
  clubId: id("社团"),
  userId: id("申请人"),
  approve: checkbox(),
});

/** 政治处 appoints (officer on) or stands down (officer off) a club's officer. */
export const SetOfficerInput = z.object({
  clubId: id("社团"),
  userId: id("人员"),
  officer: checkbox(),
});

export const ClubLogInput = z.object({
  clubId: id("社团"),
  loggedOn: requiredDate("日期", { max: () => shanghaiDayKey() }),
  body: text("日志内容", 2000),
});

/**
 * The columns the club list sorts by (?sort=). Not the member count: it
 * counts active members, and an order by every membership would tell how
 * many requests are pending.
 */
export const CLUB_SORTS = ["foundedOn", "name", "events"] as const;
export type ClubSort = (typeof CLUB_SORTS)[number];

export const ClubListFilter = z.object({ page, q: keyword, ...sortFields(CLUB_SORTS) });
export type ClubListFilter = z.infer<typeof ClubListFilter>;
export const ClubDetailFilter = z.object({ page, logPage: page });
