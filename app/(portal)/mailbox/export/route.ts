// 导出 Excel: one's own signed letters (我的来信), exactly as the writer's filtered and sorted page shows them.
import { exportMyLetters } from "@/lib/mailbox/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "mailbox.mine.export", objectType: "MailboxMessage" },
  (user, url) => exportMyLetters(user, url),
);
