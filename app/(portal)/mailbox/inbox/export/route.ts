// 导出 Excel: the 检察长信箱 inbox, exactly as the handler's filtered and sorted page shows it.
import { exportInbox } from "@/lib/mailbox/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "mailbox.inbox.export", objectType: "MailboxMessage" },
  (user, url) => exportInbox(user, url),
);
