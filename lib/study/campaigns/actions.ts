"use server";

// 专题学习教育 writes: 政治处 creates a campaign (title and window).
import { revalidatePath } from "next/cache";

import { action } from "../../action";
import { CreateCampaignInput } from "./schemas";

export const createStudyCampaign = action(
  { name: "study.campaign.create", permission: "study.manage", input: CreateCampaignInput },
  async ({ db, user, input, audit }) => {
    const c = await db.studyCampaign.create({
      data: {
        title: input.title,
        description: input.description ?? "",
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        createdById: user.id,
      },
      select: { id: true },
    });
    Object.assign(audit, { objectType: "StudyCampaign", objectId: c.id });
    revalidatePath("/study/campaigns");
    return { id: c.id };
  },
);
