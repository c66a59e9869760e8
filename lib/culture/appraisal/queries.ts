// The culture records behind the appraisal's 检察文化参与 score (issue 14), as
// its evidence page lists them: essay entries and approved photos by their
// rows, club memberships ("clubId:userId") and event registrations
// ("eventId:userId") by the club or event they link to. The ids come from
// cultureEvidenceFor (lib/culture/queries.ts). No viewer: the appraisal calls
// this under its own permission, and every reader it shows rows to may open
// them (each page checks again).
import "server-only";

import { inSlices } from "../../batches";
import { db } from "../../db";
import { idHead, rowsInOrder, type RecordRow } from "../../record-rows";

export type CultureEvidenceKind = "EssayEntry" | "Photo" | "ClubMember" | "CultureRegistration";

export async function describeForAppraisal(
  kind: CultureEvidenceKind,
  ids: readonly string[],
): Promise<RecordRow[]> {
  const found = new Map<string, RecordRow>();
  const put = (id: string, text: string, href: string) => found.set(id, { id, text, href });
  switch (kind) {
    case "EssayEntry": {
      const rows = await inSlices(ids, (slice) =>
        db.essayEntry.findMany({
          where: { id: { in: slice } },
          select: { id: true, title: true, callId: true },
        }),
      );
      for (const r of rows) put(r.id, r.title, `/culture/essays/${r.callId}/entries/${r.id}`);
      return rowsInOrder(ids, found);
    }
    case "Photo": {
      const rows = await inSlices(ids, (slice) =>
        db.photo.findMany({ where: { id: { in: slice } }, select: { id: true, albumId: true } }),
      );
      for (const r of rows) put(r.id, "审核通过的照片", `/culture/albums/${r.albumId}`);
      return rowsInOrder(ids, found);
    }
    case "ClubMember":
      return ids.map((id) => ({
        id,
        text: `社团成员 ${idHead(id).slice(-8)}`,
        href: `/culture/clubs/${idHead(id)}`,
      }));
    case "CultureRegistration":
      return ids.map((id) => ({
        id,
        text: `活动报名 ${idHead(id).slice(-8)}`,
        href: `/culture/events/${idHead(id)}`,
      }));
  }
}
