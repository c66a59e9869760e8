"use server";

// 谈心谈话 writes: record a talk (notes and concerns encrypted, docs/security.md item 19),
// open a follow-up from it, and define talk campaigns with their members and
// assigned interviewers.
import { revalidatePath } from "next/cache";

import { action } from "../action";
import { encryptText } from "../crypto";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { openFollowUp } from "../follow-ups/open";
import { recordsForOthers, talkScope } from "./access";
import { TALK_FOLLOW_UP_TITLE, TALK_MESSAGES } from "./labels";
import { assertInterviewee, assertInterviewer, resolveCampaignMembers } from "./rules";
import {
  AssignInterviewerInput,
  CreateCampaignInput,
  OpenTalkFollowUpInput,
  RecordTalkInput,
} from "./schemas";

export const recordTalk = action(
  { name: "talk.record", permission: "talk.record", input: RecordTalkInput },
  async ({ db, user, input, audit }) => {
    if (input.heldOn.getTime() > Date.now())
      throw new ValidationError(TALK_MESSAGES.futureDate, { heldOn: TALK_MESSAGES.futureDate });
    let interviewerId = user.id;
    if (input.interviewerId && input.interviewerId !== user.id) {
      if (!recordsForOthers(user.roles))
        throw new ValidationError(TALK_MESSAGES.interviewerOther, {
          interviewerId: TALK_MESSAGES.interviewerOther,
        });
      interviewerId = (await assertInterviewer(db, input.interviewerId)).id;
    }
    const interviewee = await assertInterviewee(db, input.intervieweeId, user);
    if (interviewee.id === interviewerId)
      throw new ValidationError(TALK_MESSAGES.intervieweeSelf, {
        intervieweeId: TALK_MESSAGES.intervieweeSelf,
      });
    if (input.campaignId) {
      const member = await db.talkCampaignMember.findUnique({
        where: { campaignId_userId: { campaignId: input.campaignId, userId: interviewee.id } },
        select: { userId: true },
      });
      if (!member)
        throw new ValidationError(TALK_MESSAGES.campaignNotMember, {
          campaignId: TALK_MESSAGES.campaignNotMember,
        });
    }
    const topics = (input.topics ?? "")
      .split(/[,，、\s]+/)
      .filter(Boolean)
      .join(",");
    const t = await db.talkRecord.create({
      data: {
        interviewerId,
        intervieweeId: interviewee.id,
        heldOn: input.heldOn,
        occasion: input.occasion,
        topics,
        notesEnc: encryptText(input.notes),
        concernsEnc: input.concerns ? encryptText(input.concerns) : null,
        needsFollowUp: input.needsFollowUp,
        campaignId: input.campaignId,
        createdById: user.id,
      },
      select: { id: true },
    });
    Object.assign(audit, {
      objectType: "TalkRecord",
      objectId: t.id,
      detail: { occasion: input.occasion, needsFollowUp: input.needsFollowUp },
    });
    revalidatePath("/talks");
    if (input.campaignId) revalidatePath(`/talks/campaigns/${input.campaignId}`);
    return t;
  },
);

export const openTalkFollowUp = action(
  { name: "talk.followUp", permission: "followup.manage", input: OpenTalkFollowUpInput },
  async ({ db, user, input, audit }) => {
    const t = await db.talkRecord.findFirst({
      where: { AND: [{ id: input.id }, talkScope(user)] },
      select: { id: true, followUpId: true },
    });
    if (!t) throw new NotFoundError();
    if (t.followUpId) throw new ConflictError(TALK_MESSAGES.followUpExists);
    const f = await openFollowUp(db, {
      sourceType: "TALK",
      sourceId: t.id,
      title: TALK_FOLLOW_UP_TITLE,
      createdById: user.id,
    });
    const res = await db.talkRecord.updateMany({
      where: { id: t.id, followUpId: null },
      data: { followUpId: f.id, needsFollowUp: true },
    });
    if (res.count !== 1) throw new ConflictError(TALK_MESSAGES.followUpExists);
    Object.assign(audit, {
      objectType: "TalkRecord",
      objectId: t.id,
      detail: { followUpId: f.id },
    });
    revalidatePath(`/talks/${t.id}`);
    return { id: t.id, followUpId: f.id };
  },
);

export const createTalkCampaign = action(
  { name: "talk.campaign.create", permission: "talk.campaign", input: CreateCampaignInput },
  async ({ db, user, input, audit }) => {
    const scope = await resolveCampaignMembers(db, input);
    if (scope.userIds.length === 0)
      throw new ValidationError(TALK_MESSAGES.noMembers, { scopeType: TALK_MESSAGES.noMembers });
    const c = await db.talkCampaign.create({
      data: {
        title: input.title,
        description: input.description ?? "",
        scopeType: input.scopeType,
        scopeValue: scope.scopeValue,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        createdById: user.id,
      },
      select: { id: true },
    });
    await db.talkCampaignMember.createMany({
      data: scope.userIds.map((userId) => ({ campaignId: c.id, userId })),
    });
    Object.assign(audit, {
      objectType: "TalkCampaign",
      objectId: c.id,
      detail: { scopeType: input.scopeType, members: scope.userIds.length },
    });
    revalidatePath("/talks/campaigns");
    return { id: c.id, members: scope.userIds.length };
  },
);

export const assignTalkInterviewer = action(
  { name: "talk.campaign.assign", permission: "talk.campaign", input: AssignInterviewerInput },
  async ({ db, input, audit }) => {
    const c = await db.talkCampaign.findUnique({
      where: { id: input.campaignId },
      select: { id: true },
    });
    if (!c) throw new NotFoundError();
    const interviewer = await assertInterviewer(db, input.interviewerId);
    const where = input.userId
      ? { campaignId: c.id, userId: input.userId }
      : { campaignId: c.id, user: { departmentId: input.departmentId } };
    const res = await db.talkCampaignMember.updateMany({
      where,
      data: { interviewerId: interviewer.id },
    });
    if (res.count === 0)
      throw new ValidationError("所选范围内没有该计划的人员", {
        [input.userId ? "userId" : "departmentId"]: "所选范围内没有该计划的人员",
      });
    Object.assign(audit, {
      objectType: "TalkCampaign",
      objectId: c.id,
      detail: { interviewerId: interviewer.id, assigned: res.count },
    });
    revalidatePath(`/talks/campaigns/${c.id}`);
    return { assigned: res.count };
  },
);
