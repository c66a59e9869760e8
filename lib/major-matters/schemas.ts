import { z } from "zod";

import { PERSON_DATE_MIN } from "../dates";
import { id, optionalDate, optionalText, page, text } from "../forms/fields";
import { MATTER_CATEGORIES } from "./labels";

export const FileMatterInput = z.object({
  category: z.enum(MATTER_CATEGORIES, { error: "请选择事项类别" }),
  // A matter may be reported long after it happened (a marriage, a property).
  occurredOn: optionalDate("发生日期", { min: PERSON_DATE_MIN }),
  detail: text("事项内容", 2000),
});
export const AcknowledgeMatterInput = z.object({
  id: id("报告"),
  note: optionalText("确认意见", 500),
});

export const MatterListFilter = z.object({
  category: z.enum(MATTER_CATEGORIES).optional().catch(undefined),
  status: z.enum(["SUBMITTED", "ACKNOWLEDGED"]).optional().catch(undefined),
  departmentId: z.string().trim().max(40).optional().catch(undefined),
  page,
});
export type MatterListFilter = z.infer<typeof MatterListFilter>;
