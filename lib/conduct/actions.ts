"use server";

// 履职表现记录 writes, all 政治处's (conduct.manage): record and edit drafts
// with their evidence, confirm (draft → confirmed, the person told), revoke
// with a reason (confirmed → revoked, still shown). Status changes are
// conditional updates, so a double click or two tabs change a record once.
// Audit rows name the record, never a discipline record's person or text.
import { revalidatePath } from "next/cache";

import { action } from "../action";
import { isImageMime } from "../attachments/types";
import { deleteAttachment, prepareUpload, storeAttachment } from "../attachments/upload";
import { NotFoundError, ValidationError } from "../errors";
import { CONDUCT_MESSAGES, CONDUCT_OWNER } from "./labels";
import {
  CreateRecordInput,
  DeleteEvidenceInput,
  RecordRef,
  RevokeRecordInput,
  UpdateRecordInput,
  UploadEvidenceInput,
} from "./schemas";
import {
  draftRecord,
  evidenceName,
  NOTIFIED_SELECT,
  notifyConcerned,
  raceLost,
  recordColumns,
} from "./writes";

const MAX_EVIDENCE = 10;

export const createConductRecord = action(
  { name: "conduct.create", permission: "conduct.manage", input: CreateRecordInput },
  async ({ db, user, input, audit }) => {
    const data = await recordColumns(db, input);
    const r = await db.conductRecord.create({
      data: { ...data, createdById: user.id },
      select: { id: true },
    });
    Object.assign(audit, {
      objectType: "ConductRecord",
      objectId: r.id,
      detail: { category: input.category, kind: input.kind },
    });
    revalidatePath("/conduct");
    return { id: r.id };
  },
);

export const updateConductRecord = action(
  { name: "conduct.update", permission: "conduct.manage", input: UpdateRecordInput },
  async ({ db, input, audit }) => {
    await draftRecord(db, input.id);
    const data = await recordColumns(db, input);
    const n = await db.conductRecord.updateMany({
      where: { id: input.id, status: "DRAFT" },
      data,
    });
    if (n.count === 0) await raceLost(db, input.id, CONDUCT_MESSAGES.notDraft);
    Object.assign(audit, {
      objectType: "ConductRecord",
      objectId: input.id,
      detail: { category: input.category, kind: input.kind },
    });
    revalidatePath(`/conduct/${input.id}`);
    return { id: input.id };
  },
);

export const confirmConductRecord = action(
  { name: "conduct.confirm", permission: "conduct.manage", input: RecordRef },
  async ({ db, user, input, audit }) => {
    const n = await db.conductRecord.updateMany({
      where: { id: input.id, status: "DRAFT" },
      data: { status: "CONFIRMED", confirmedById: user.id, confirmedAt: new Date() },
    });
    if (n.count === 0) await raceLost(db, input.id, CONDUCT_MESSAGES.alreadyDecided);
    const r = await db.conductRecord.findUniqueOrThrow({
      where: { id: input.id },
      select: NOTIFIED_SELECT,
    });
    const notified = await notifyConcerned(db, r, "confirmed");
    Object.assign(audit, {
      objectType: "ConductRecord",
      objectId: r.id,
      detail: { category: r.category, notified },
    });
    revalidatePath(`/conduct/${r.id}`);
    revalidatePath("/conduct");
    return { id: r.id };
  },
);

export const revokeConductRecord = action(
  { name: "conduct.revoke", permission: "conduct.manage", input: RevokeRecordInput },
  async ({ db, user, input, audit }) => {
    const n = await db.conductRecord.updateMany({
      where: { id: input.id, status: "CONFIRMED" },
      data: {
        status: "REVOKED",
        revokedById: user.id,
        revokedAt: new Date(),
        revokeReason: input.reason,
      },
    });
    if (n.count === 0) await raceLost(db, input.id, CONDUCT_MESSAGES.notConfirmed);
    const r = await db.conductRecord.findUniqueOrThrow({
      where: { id: input.id },
      select: NOTIFIED_SELECT,
    });
    const notified = await notifyConcerned(db, r, "revoked");
    Object.assign(audit, {
      objectType: "ConductRecord",
      objectId: r.id,
      detail: { category: r.category, notified },
    });
    revalidatePath(`/conduct/${r.id}`);
    revalidatePath("/conduct");
    return { id: r.id };
  },
);

export const deleteConductDraft = action(
  { name: "conduct.delete", permission: "conduct.manage", input: RecordRef },
  async ({ db, input, audit, onCommit, onRollback }) => {
    const r = await draftRecord(db, input.id);
    const files = await db.attachment.findMany({
      where: { ownerType: CONDUCT_OWNER, ownerId: r.id },
      select: { id: true },
    });
    for (const f of files)
      await deleteAttachment(
        db,
        { onCommit, onRollback },
        { ownerType: CONDUCT_OWNER, ownerId: r.id },
        f.id,
      );
    const n = await db.conductRecord.deleteMany({ where: { id: r.id, status: "DRAFT" } });
    if (n.count === 0) await raceLost(db, r.id, CONDUCT_MESSAGES.notDraft);
    Object.assign(audit, {
      objectType: "ConductRecord",
      objectId: r.id,
      detail: { category: r.category, evidence: files.length },
    });
    return { id: r.id };
  },
);

export const uploadConductEvidence = action(
  { name: "conduct.evidence.upload", permission: "conduct.manage", input: UploadEvidenceInput },
  async ({ db, user, input, audit, onCommit, onRollback }) => {
    const r = await draftRecord(db, input.recordId);
    const count = await db.attachment.count({
      where: { ownerType: CONDUCT_OWNER, ownerId: r.id },
    });
    if (count >= MAX_EVIDENCE) throw new ValidationError(CONDUCT_MESSAGES.evidenceLimit);
    const prepared = await prepareUpload(input.file);
    if (prepared.mimeType !== "application/pdf" && !isImageMime(prepared.mimeType))
      throw new ValidationError(CONDUCT_MESSAGES.evidenceType, {
        file: CONDUCT_MESSAGES.evidenceType,
      });
    const att = await storeAttachment(
      db,
      { onCommit, onRollback },
      { ownerType: CONDUCT_OWNER, ownerId: r.id },
      // A discipline record's evidence keeps no telling file name.
      r.category === "DISCIPLINE" ? { ...prepared, fileName: evidenceName(prepared) } : prepared,
      user.id,
    );
    Object.assign(audit, {
      objectType: "Attachment",
      objectId: att.id,
      detail: { recordId: r.id, mimeType: att.mimeType, size: att.size, sha256: att.sha256 },
    });
    revalidatePath(`/conduct/${r.id}`);
    return { id: att.id, fileName: att.fileName };
  },
);

export const deleteConductEvidence = action(
  { name: "conduct.evidence.delete", permission: "conduct.manage", input: DeleteEvidenceInput },
  async ({ db, input, audit, onCommit, onRollback }) => {
    const r = await draftRecord(db, input.recordId);
    const gone = await deleteAttachment(
      db,
      { onCommit, onRollback },
      { ownerType: CONDUCT_OWNER, ownerId: r.id },
      input.attachmentId,
    );
    if (!gone) throw new NotFoundError();
    Object.assign(audit, {
      objectType: "Attachment",
      objectId: input.attachmentId,
      detail: { recordId: r.id },
    });
    revalidatePath(`/conduct/${r.id}`);
    return { id: input.attachmentId };
  },
);
