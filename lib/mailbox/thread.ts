// Reading one letter with its thread, decrypted. Callers have already decided
// the viewer may see it (writer, handler or access code).
import "server-only";

import { decryptText } from "../crypto";
import type { Tx } from "../db";

type Reader = Pick<Tx, "mailboxMessage">;

export type LetterThread = {
  id: string;
  category: string;
  anonymous: boolean;
  status: string;
  receivedOn: string;
  subject: string;
  followUpId: string | null;
  authorName: string | null;
  entries: { id: string; kind: string; body: string; postedOn: string; postedAt: Date | null }[];
};

export async function loadThread(
  db: Reader,
  where: { id?: string; accessCodeHash?: string; authorId?: string; anonymous?: boolean },
  opts: { withAuthor?: boolean } = {},
): Promise<LetterThread | null> {
  const m = await db.mailboxMessage.findFirst({
    where,
    select: {
      id: true,
      category: true,
      anonymous: true,
      status: true,
      receivedOn: true,
      subjectEnc: true,
      followUpId: true,
      author: { select: { realName: true, department: { select: { name: true } } } },
      entries: { select: { id: true, kind: true, bodyEnc: true, postedOn: true, postedAt: true } },
    },
  });
  if (!m) return null;
  // Writer entries carry only a day; order by day, the letter itself first.
  const entries = m.entries
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      body: decryptText(e.bodyEnc),
      postedOn: e.postedOn,
      postedAt: e.postedAt,
    }))
    .sort(
      (a, b) =>
        a.postedOn.localeCompare(b.postedOn) ||
        (a.postedAt?.getTime() ?? 0) - (b.postedAt?.getTime() ?? 0),
    );
  const authorName =
    opts.withAuthor && m.author
      ? `${m.author.realName}${m.author.department ? `（${m.author.department.name}）` : ""}`
      : null;
  return {
    id: m.id,
    category: m.category,
    anonymous: m.anonymous,
    status: m.status,
    receivedOn: m.receivedOn,
    subject: decryptText(m.subjectEnc),
    followUpId: m.followUpId,
    authorName,
    entries,
  };
}
