import { z } from "zod";

import { id, keyword, page, sortFields, text } from "../forms/fields";
import { LETTER_CATEGORIES, LETTER_STATUSES } from "./labels";

export const SUBJECT_MAX = 60;
export const BODY_MAX = 3000;

export const LetterInput = z.object({
  category: z.enum(LETTER_CATEGORIES, { error: "请选择来信类别" }),
  subject: text("标题", SUBJECT_MAX),
  body: text("来信内容", BODY_MAX),
});

export const LetterIdInput = z.object({ id: id("来信") });
export const ReplyInput = z.object({ id: id("来信"), body: text("答复内容", BODY_MAX) });
export const FollowUpMessageInput = z.object({ id: id("来信"), body: text("留言内容", BODY_MAX) });
export const StatusCommandInput = z.object({
  id: id("来信"),
  command: z.enum(["acknowledge", "start", "close"], { error: "操作无效" }),
});

export const AccessCodeInput = z.object({
  code: z
    .string({ error: "请输入访问码" })
    .trim()
    .min(1, "请输入访问码")
    .max(64, "访问码格式不正确")
    .refine((v) => v.toUpperCase().replace(/[^0-9A-Z]/g, "").length >= 16, "访问码格式不正确"),
});
export const TrackFollowUpInput = AccessCodeInput.extend({ body: text("留言内容", BODY_MAX) });

export const MailboxSettingsInput = z.object({
  chiefId: id("检察长"),
  delegateId: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((v) => (v ? v : null)),
});

/** The columns the inbox sorts by (?sort=). The subject is sealed, so it searches but does not sort. */
export const INBOX_SORTS = ["receivedOn", "status", "category"] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

export const InboxFilter = z.object({
  q: keyword,
  ...sortFields(INBOX_SORTS),
  category: z.enum(LETTER_CATEGORIES).optional().catch(undefined),
  status: z.enum(LETTER_STATUSES).optional().catch(undefined),
  page,
});
export type InboxFilter = z.infer<typeof InboxFilter>;

/** The columns one's own letters (/mailbox) sort by (?sort=); the subject is sealed and does not sort. */
export const MY_LETTER_SORTS = ["receivedOn", "status", "category"] as const;
export type MyLetterSort = (typeof MY_LETTER_SORTS)[number];

/** The query string of one's own letters: subject keyword, category, state, sort, page (?mine=1 for a handler). */
export const MyLettersFilter = z.object({
  q: keyword,
  ...sortFields(MY_LETTER_SORTS),
  category: z.enum(LETTER_CATEGORIES).optional().catch(undefined),
  status: z.enum(LETTER_STATUSES).optional().catch(undefined),
  page,
});
export type MyLettersFilter = z.infer<typeof MyLettersFilter>;
