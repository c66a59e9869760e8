// 导出 Excel of the 检察长信箱 inbox: the same query as the page
// (lib/mailbox/inbox.ts), for the handler only, with the same filters, keyword
// and order, streamed page by page. As on the screen: the subject, never the
// body; an anonymous letter's author column reads 匿名. And one's own letters
// (/mailbox): the writer's signed letters only, never another's, never an
// anonymous one (it has no author).
import "server-only";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { allInboxRows, type InboxRow as R } from "./inbox";
import { categoryLabel, statusLabel } from "./labels";
import { allMyLetterRows, type MyLetterRow as M } from "./my-letters";
import { InboxFilter, MyLettersFilter } from "./schemas";

export async function exportInbox(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  const f = InboxFilter.parse(Object.fromEntries(url.searchParams));
  const rows = await allInboxRows(user, f);
  if (!rows) return null;
  return {
    action: "mailbox.inbox.export",
    objectType: "MailboxMessage",
    objectId: "",
    fileName: "检察长信箱来信",
    filter: filterText({
      状态: f.status ? statusLabel(f.status) : undefined,
      类别: f.category ? categoryLabel(f.category) : undefined,
      关键词: f.q,
    }),
    sheets: [
      {
        name: "来信",
        title: "检察长信箱来信",
        rows,
        columns: [
          { header: "来信日期", value: (r: R) => r.receivedOn },
          { header: "标题", value: (r: R) => r.subject },
          { header: "类别", value: (r: R) => categoryLabel(r.category) },
          { header: "来信人", value: (r: R) => (r.anonymous ? "匿名" : (r.authorName ?? "")) },
          { header: "状态", value: (r: R) => statusLabel(r.status) },
          { header: "督办", value: (r: R) => (r.followUpId ? "已转督办" : "") },
        ],
      },
    ],
  };
}

/** 导出 Excel of 我的来信: the writer's own signed letters as their page shows them; no body. */
export async function exportMyLetters(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!can(user.roles, "mailbox.write") && !can(user.roles, "mailbox.handle")) return null;
  const f = MyLettersFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "mailbox.mine.export",
    objectType: "MailboxMessage",
    objectId: "",
    fileName: "我的来信",
    filter: filterText({
      状态: f.status ? statusLabel(f.status) : undefined,
      类别: f.category ? categoryLabel(f.category) : undefined,
      关键词: f.q,
    }),
    sheets: [
      {
        name: "我的来信",
        title: "我的署名来信",
        rows: await allMyLetterRows(user, f),
        columns: [
          { header: "来信日期", value: (r: M) => r.receivedOn },
          { header: "标题", value: (r: M) => r.subject },
          { header: "类别", value: (r: M) => categoryLabel(r.category) },
          { header: "状态", value: (r: M) => statusLabel(r.status) },
          { header: "答复", value: (r: M) => r.replies, format: "int" },
        ],
      },
    ],
  };
}
