// The rows of an evidence page (server-only): each record behind an AUTO
// score, with a link to the record itself when the viewer may open it, or
// only counted otherwise. Who may open what:
//   - the sheet's own person: every record (they are their own records; the
//     record's page checks again);
//   - 政治处 and 院领导: every kind but talk-campaign rows (谈心谈话 stays with
//     its interviewer) and discipline records (sealed to their subject);
//   - a department head or a scorer: counts only — a department's figures
//     rest on colleagues' records that are not theirs to read.
import "server-only";

import { inSlices } from "../../batches";
import { db } from "../../db";
import { formatDate } from "../../format";
import type { SheetRelation } from "../access";
import type { Evidence, EvidenceType } from "../auto/types";

export type EvidenceRow = { id: string; text: string; href: string | null };
export type EvidenceGroup = {
  type: EvidenceType;
  label: string;
  count: number;
  /** Rows the viewer may open; the rest of `count` is shown as a number only. */
  rows: EvidenceRow[];
};

const CLOSED_TO_READERS = new Set<EvidenceType>(["TalkCampaignMember"]);

const ATTENDANCE_TEXT: Record<string, string> = { PRESENT: "出席", LEAVE: "请假", ABSENT: "缺席" };

/** "a:b" composite ids → a (the activity, campaign, club or event). */
const head = (id: string) => id.split(":")[0];

async function describe(type: EvidenceType, ids: string[]): Promise<Map<string, EvidenceRow>> {
  const out = new Map<string, EvidenceRow>();
  const put = (id: string, text: string, href: string | null) => out.set(id, { id, text, href });
  switch (type) {
    case "StudyAttendance": {
      // A department's rows can run to thousands: in slices (SQLite's parameter limit).
      const acts = await inSlices([...new Set(ids.map(head))], (slice) =>
        db.studyActivity.findMany({
          where: { id: { in: slice } },
          select: { id: true, title: true, heldAt: true },
        }),
      );
      const marks = await inSlices(
        ids,
        (slice) =>
          db.studyAttendance.findMany({
            where: { OR: slice.map((i) => ({ activityId: head(i), userId: i.split(":")[1] })) },
            select: { activityId: true, userId: true, status: true },
          }),
        150,
      );
      const act = new Map(acts.map((a) => [a.id, a]));
      for (const m of marks) {
        const a = act.get(m.activityId);
        const status = m.status ? (ATTENDANCE_TEXT[m.status] ?? m.status) : "未登记";
        put(
          `${m.activityId}:${m.userId}`,
          `${formatDate(a?.heldAt)} ${a?.title ?? "学习活动"}（${status}）`,
          `/study/activities/${m.activityId}`,
        );
      }
      return out;
    }
    case "ConductRecord": {
      const rows = await db.conductRecord.findMany({
        where: { id: { in: ids } },
        select: { id: true, title: true, occurredOn: true, category: true },
      });
      for (const r of rows)
        put(
          r.id,
          `${formatDate(r.occurredOn)} ${r.category === "DISCIPLINE" ? "纪律处分记录" : r.title}`,
          `/conduct/${r.id}`,
        );
      return out;
    }
    case "FollowUp": {
      const rows = await db.followUp.findMany({
        where: { id: { in: ids } },
        select: { id: true, title: true, dueDate: true },
      });
      for (const r of rows)
        put(r.id, `${r.title}（到期 ${formatDate(r.dueDate)}）`, `/follow-ups/${r.id}`);
      return out;
    }
    case "StudyLog": {
      const rows = await db.studyLog.findMany({
        where: { id: { in: ids } },
        select: { id: true, title: true, studiedOn: true },
      });
      for (const r of rows)
        put(r.id, `${formatDate(r.studiedOn)} ${r.title}`, `/study/log/${r.id}`);
      return out;
    }
    case "EssayEntry": {
      const rows = await db.essayEntry.findMany({
        where: { id: { in: ids } },
        select: { id: true, title: true, callId: true },
      });
      for (const r of rows) put(r.id, r.title, `/culture/essays/${r.callId}/entries/${r.id}`);
      return out;
    }
    case "Photo": {
      const rows = await db.photo.findMany({
        where: { id: { in: ids } },
        select: { id: true, albumId: true },
      });
      for (const r of rows) put(r.id, "审核通过的照片", `/culture/albums/${r.albumId}`);
      return out;
    }
    default: {
      const base: Partial<Record<EvidenceType, string>> = {
        LiaisonReport: "/reports/",
        Consultation: "/consult/",
        ClubMember: "/culture/clubs/",
        CultureRegistration: "/culture/events/",
        TalkCampaignMember: "/talks/campaigns/",
      };
      const label: Partial<Record<EvidenceType, string>> = {
        LiaisonReport: "思想动态报告",
        Consultation: "改革咨询",
        ClubMember: "社团成员",
        CultureRegistration: "活动报名",
        TalkCampaignMember: "谈话计划对象",
      };
      for (const id of ids)
        put(id, `${label[type] ?? "记录"} ${head(id).slice(-8)}`, `${base[type]}${head(id)}`);
      return out;
    }
  }
}

async function openable(relation: SheetRelation, type: EvidenceType, ids: string[]) {
  if (relation === "SELF") return ids;
  if (relation !== "READER" || CLOSED_TO_READERS.has(type)) return [];
  if (type !== "ConductRecord") return ids;
  const sealed = await db.conductRecord.findMany({
    where: { id: { in: ids }, category: "DISCIPLINE" },
    select: { id: true },
  });
  const hidden = new Set(sealed.map((s) => s.id));
  return ids.filter((id) => !hidden.has(id));
}

/** The evidence groups of one AUTO result, as the viewer may see them. */
export async function evidenceRows(
  relation: SheetRelation,
  evidence: readonly Evidence[],
): Promise<EvidenceGroup[]> {
  return Promise.all(
    evidence.map(async (e) => {
      const open = await openable(relation, e.type, e.ids);
      const described = open.length > 0 ? await describe(e.type, open) : new Map();
      return {
        type: e.type,
        label: e.label,
        count: e.ids.length,
        rows: open
          .map((id) => described.get(id) ?? { id, text: "记录", href: null })
          .sort((a, b) => a.text.localeCompare(b.text)),
      };
    }),
  );
}
