// 导出 Excel: one's own notifications, exactly as one's filtered and sorted page shows them.
import { exportNotifications } from "@/lib/notifications/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "notification.list.export", objectType: "Notification" },
  (user, url) => exportNotifications(user, url),
);
