"use server";

// 个人重大事项报告: staff file their own; 政治处 acknowledges. The detail and
// the note are encrypted at rest (docs/security.md item 19).
import { revalidatePath } from "next/cache";

import { action } from "../action";
import { encryptText } from "../crypto";
import { ConflictError, NotFoundError } from "../errors";
import { notify } from "../notifications/notify";
import { AcknowledgeMatterInput, FileMatterInput } from "./schemas";

export const fileMajorMatter = action(
  { name: "majorMatter.file", permission: "majorMatter.file", input: FileMatterInput },
  async ({ db, user, input, audit }) => {
    const r = await db.majorMatterReport.create({
      data: {
        userId: user.id,
        category: input.category,
        occurredOn: input.occurredOn,
        detailEnc: encryptText(input.detail),
      },
      select: { id: true },
    });
    Object.assign(audit, {
      objectType: "MajorMatterReport",
      objectId: r.id,
      detail: { category: input.category },
    });
    revalidatePath("/major-matters");
    return r;
  },
);

export const acknowledgeMajorMatter = action(
  {
    name: "majorMatter.acknowledge",
    permission: "majorMatter.acknowledge",
    input: AcknowledgeMatterInput,
  },
  async ({ db, user, input, audit }) => {
    const r = await db.majorMatterReport.findUnique({
      where: { id: input.id },
      select: { id: true, status: true, userId: true },
    });
    if (!r) throw new NotFoundError();
    const res = await db.majorMatterReport.updateMany({
      where: { id: r.id, status: "SUBMITTED" },
      data: {
        status: "ACKNOWLEDGED",
        acknowledgedById: user.id,
        acknowledgedAt: new Date(),
        ackNoteEnc: input.note ? encryptText(input.note) : null,
      },
    });
    if (res.count !== 1) throw new ConflictError("该报告已确认");
    await notify(db, [r.userId], {
      title: "个人重大事项报告已确认",
      body: "政治处已确认您报告的事项。",
      link: `/major-matters/${r.id}`,
    });
    Object.assign(audit, { objectType: "MajorMatterReport", objectId: r.id });
    revalidatePath(`/major-matters/${r.id}`);
    return { id: r.id, status: "ACKNOWLEDGED" };
  },
);
