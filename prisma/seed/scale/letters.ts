// A scaled organisation's 检察长信箱 letters and 个人重大事项报告
// (prisma/seed/scale.ts), month by month at `LETTER_RATES`, written as the app
// writes them (lib/mailbox/actions.ts, lib/major-matters/actions.ts):
// subjects, bodies, details and notes encrypted, days in Asia/Shanghai.
//
// Anonymous letters are not drawn from a person at all: so many a month for
// the organisation as a whole, with no author on the letter or its writer
// entries, a day only, a random-looking id ("m…", like lib/mailbox/ids.ts), a
// hashed access code nobody knows, and written after the signed letters in
// id order, so that neither a column nor the row order points at anyone
// (docs/security.md item 17). Texts are the demo's (prisma/seed/mailbox.ts,
// prisma/seed/major-matters.ts). Pure row builders.
import { encryptText } from "../../../lib/crypto";
import { hashAccessCode, shanghaiDay } from "../../../lib/mailbox/ids";
import { LETTERS, type Letter } from "../mailbox";
import { CATEGORIES, DETAILS, NOTES } from "../major-matters";
import { stableId } from "../random";
import { draws, within, type HistoryInput, type Rows } from "./history";
import { orgTag } from "./study";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Per person and year, from the demo (12 letters in about 80 days, 25 reports in 300, 150 people). */
export const LETTER_RATES = { signed: 0.15, anonymous: 0.15, majorMatters: 0.2 } as const;

const OLD_REPLY = "来信收悉，已责成相关部门研究办理，感谢您对院里工作的关心。";
const CLOSING = "感谢反馈，此件办结。";

export type LetterInput = HistoryInput & { chiefId: string };

function letter(
  x: LetterInput,
  rows: Rows,
  id: string,
  sentAt: Date,
  recent: boolean,
  writerId: string | null,
  anonymous: boolean,
) {
  const { rng, now } = x;
  const t: Letter = rng.pick(LETTERS.filter((l) => l.anonymous === anonymous));
  // Past letters were answered and closed; recent ones keep the demo's state when it fits.
  let status: string = t.status;
  let thread = t.thread ?? [];
  if (!recent) {
    status = "CLOSED";
    thread = thread.some(([k]) => k === "REPLY")
      ? [...thread, ["REPLY", (thread.at(-1)?.[1] ?? 0) + 1, CLOSING]]
      : [
          ["REPLY", rng.int(2, 7), OLD_REPLY],
          ["REPLY", rng.int(8, 12), CLOSING],
        ];
  } else if (thread.some(([, after]) => sentAt.getTime() + (after + 1) * DAY > now.getTime())) {
    status = "NEW";
    thread = [];
  }
  const replies = thread.filter(([k]) => k === "REPLY");
  const last = replies.at(-1)?.[1] ?? 1;
  const stamp = (after: number, hour: number) =>
    new Date(sentAt.getTime() + after * DAY + (hour - 10) * HOUR);
  rows.mailboxMessage.push({
    id,
    category: t.category,
    anonymous,
    authorId: writerId,
    receivedOn: shanghaiDay(sentAt),
    subjectEnc: encryptText(t.subject),
    accessCodeHash: anonymous ? hashAccessCode(`scale-${rng.float()}-${rng.float()}`) : null,
    status,
    statusChangedAt: status === "NEW" ? null : stamp(last, 16),
  });
  [["WRITER", 0, t.body] as const, ...thread].forEach(([kind, after, text], i) => {
    const reply = kind === "REPLY";
    const on = stamp(after, reply ? 15 : 10);
    rows.mailboxEntry.push({
      id: (anonymous ? "e" : "c") + stableId(`${id}:${i}`).slice(1),
      messageId: id,
      kind,
      authorId: reply ? x.chiefId : writerId,
      bodyEnc: encryptText(text),
      postedOn: shanghaiDay(on),
      postedAt: reply ? on : null,
    });
  });
}

export function letterRows(x: LetterInput, rows: Rows) {
  const { rng, org, periods, now } = x;
  rows.mailboxMessage ??= [];
  rows.mailboxEntry ??= [];
  const tag = orgTag(org.departments);
  const open = x.openEnd !== false;
  const closed = open ? periods.slice(0, -1) : periods;
  const people = org.users.length;
  const signed: Rows = { mailboxMessage: [], mailboxEntry: [] };
  const anonymous: Rows = { mailboxMessage: [], mailboxEntry: [] };
  closed.forEach((p, i) => {
    const recent = open && i >= closed.length - 2;
    for (let n = draws(rng, LETTER_RATES.signed * people); n > 0; n--) {
      const id = stableId(`scale-letter:${tag}:${p.key}:s${n}`);
      letter(x, signed, id, within(rng, p, now), recent, rng.pick(org.users).id, false);
    }
    for (let n = draws(rng, LETTER_RATES.anonymous * people); n > 0; n--) {
      const id = "m" + stableId(`scale-letter:${tag}:${p.key}:a${n}`).slice(1);
      letter(x, anonymous, id, within(rng, p, now), recent, null, true);
    }
  });
  const byId = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    String(a.id).localeCompare(String(b.id));
  rows.mailboxMessage.push(...signed.mailboxMessage, ...anonymous.mailboxMessage.sort(byId));
  rows.mailboxEntry.push(...signed.mailboxEntry, ...anonymous.mailboxEntry.sort(byId));
}

export function majorMatterRows(x: HistoryInput, rows: Rows) {
  const { rng, org, periods, now } = x;
  rows.majorMatterReport ??= [];
  const open = x.openEnd !== false;
  const closed = open ? periods.slice(0, -1) : periods;
  for (const u of org.users)
    closed.forEach((p, i) => {
      const recent = open && i >= closed.length - 2;
      for (let n = draws(rng, LETTER_RATES.majorMatters); n > 0; n--) {
        const category = rng.pick(CATEGORIES);
        const createdAt = within(rng, p, now);
        const ack = !recent || rng.chance(0.5);
        const note = ack ? rng.pick(NOTES) : null;
        rows.majorMatterReport.push({
          id: stableId(`scale-matter:${u.username}:${p.key}:${n}`),
          userId: u.id,
          category,
          occurredOn: rng.chance(0.8) ? new Date(createdAt.getTime() - rng.int(1, 30) * DAY) : null,
          detailEnc: encryptText(rng.pick(DETAILS[category])),
          status: ack ? "ACKNOWLEDGED" : "SUBMITTED",
          acknowledgedById: ack ? x.officeIds[0] : null,
          acknowledgedAt: ack
            ? new Date(Math.min(now.getTime() - HOUR, createdAt.getTime() + rng.int(1, 5) * DAY))
            : null,
          ackNoteEnc: note ? encryptText(note) : null,
          createdAt,
        });
      }
    });
}
