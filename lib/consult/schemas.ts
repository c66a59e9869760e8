import { z } from "zod";

import { id, keyword, optionalDateTime, page, sortFields, text } from "../forms/fields";

export const CHANNELS = ["ONLINE", "PHONE", "SMS", "WECHAT", "IN_PERSON"] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  ONLINE: "在线",
  PHONE: "电话",
  SMS: "短信",
  WECHAT: "微信",
  IN_PERSON: "当面",
};
/** Channels 政治处 may log on someone's behalf: everything but the portal itself. */
export const LOGGED_CHANNELS = ["PHONE", "IN_PERSON", "SMS", "WECHAT"] as const;

export const TAGS = ["QUOTA", "EXIT", "RANK", "PAY", "POST", "LIABILITY", "OTHER"] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_LABELS: Record<Tag, string> = {
  QUOTA: "入额",
  EXIT: "员额退出",
  RANK: "职级",
  PAY: "薪酬",
  POST: "岗位调整",
  LIABILITY: "办案责任",
  OTHER: "其他",
};

export const STATUS_LABELS: Record<string, string> = { OPEN: "待答复", ANSWERED: "已答复" };

export const QUESTION_MAX = 1000;
export const ANSWER_MAX = 3000;

const tags = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.enum(TAGS, { error: "咨询主题无效" }), { error: "请选择咨询主题" })
    .min(1, "请至少选择一个咨询主题")
    .max(TAGS.length, "咨询主题无效"),
);

export const AskInput = z.object({
  channel: z.enum(CHANNELS, { error: "请选择咨询渠道" }),
  tags,
  question: text("咨询内容", QUESTION_MAX),
});

/** "YYYY-MM-DDTHH:mm" from a datetime-local input, read as Asia/Shanghai; empty means now. */
const askedAt = optionalDateTime("咨询时间");

export const LogInput = z.object({
  askerId: id("咨询人"),
  channel: z.enum(LOGGED_CHANNELS, { error: "请选择咨询渠道（电话、当面、短信或微信）" }),
  tags,
  question: text("咨询内容", QUESTION_MAX),
  askedAt,
});

export const AnswerInput = z.object({ id: id("咨询"), answer: text("答复内容", ANSWER_MAX) });

export const ConsultationIdInput = z.object({ id: id("咨询") });

export const PublishFaqInput = z.object({
  consultationId: id("咨询"),
  question: text("问题", QUESTION_MAX),
  answer: text("解答", ANSWER_MAX),
});

/** The desk's views: 政治处's queue of open questions, every consultation, and the caller's own. */
export const CONSULT_VIEWS = ["queue", "all", "mine"] as const;
export type ConsultView = (typeof CONSULT_VIEWS)[number];

/** The columns the consultation lists sort by (?sort=). */
export const CONSULT_SORTS = ["askedAt", "status", "channel", "asker", "answeredAt"] as const;
export type ConsultSort = (typeof CONSULT_SORTS)[number];

export const ConsultListFilter = z.object({
  tab: z.enum(CONSULT_VIEWS).optional().catch(undefined),
  q: keyword,
  ...sortFields(CONSULT_SORTS),
  status: z.enum(["OPEN", "ANSWERED"]).optional().catch(undefined),
  tag: z.enum(TAGS).optional().catch(undefined),
  channel: z.enum(CHANNELS).optional().catch(undefined),
  page,
});
export type ConsultListFilter = z.infer<typeof ConsultListFilter>;

/** The columns the 政策解读 list sorts by (?sort=). */
export const FAQ_SORTS = ["publishedAt", "question"] as const;
export type FaqSort = (typeof FAQ_SORTS)[number];

/** The 政策解读 list's query string: a keyword (question, answer, topic), the topic, sort and page. */
export const FaqFilter = z.object({
  q: keyword,
  tag: z.enum(TAGS).optional().catch(undefined),
  ...sortFields(FAQ_SORTS),
  page,
});
export type FaqFilter = z.infer<typeof FaqFilter>;

export function tagLabel(code: string): string {
  return TAG_LABELS[code as Tag] ?? code;
}
export function channelLabel(code: string): string {
  return CHANNEL_LABELS[code as Channel] ?? code;
}
