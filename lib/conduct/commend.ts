// A commendation recorded by another domain inside its own transaction: the
// appraisal's approved honours (评先评优) become confirmed 荣誉称号 records,
// which closes the loop to the honours wall and the next cycle's CONDUCT_POINTS.
// A service (tests/unit/architecture.test.ts SERVICES): neutral imports only.
import "server-only";

import type { Tx } from "../db";
import { notify } from "../notifications/notify";

export type Commendation = {
  subjectUserId: string;
  honourTitle: string;
  /** COURT | CITY | PROVINCE | NATIONAL */
  level: string;
  occurredOn: Date;
  issuer: string;
  docNo: string;
  title: string;
  description: string;
  /** Who gave the final approval (recorded as creator and confirmer). */
  byId: string;
};

export async function recordCommendation(
  tx: Tx,
  c: Commendation,
  now: Date,
  { notify: tell = true }: { notify?: boolean } = {},
): Promise<string> {
  const r = await tx.conductRecord.create({
    data: {
      category: "COMMENDATION",
      kind: "HONOUR",
      honourTitle: c.honourTitle,
      level: c.level,
      subjectUserId: c.subjectUserId,
      occurredOn: c.occurredOn,
      issuer: c.issuer,
      docNo: c.docNo,
      title: c.title,
      description: c.description,
      status: "CONFIRMED",
      confirmedById: c.byId,
      confirmedAt: now,
      createdById: c.byId,
      createdAt: now,
      updatedAt: now,
    },
    select: { id: true },
  });
  if (tell)
    await notify(tx, [c.subjectUserId], {
      title: `您被授予“${c.honourTitle}”称号`,
      body: c.title,
      link: "/conduct/honours",
    });
  return r.id;
}
