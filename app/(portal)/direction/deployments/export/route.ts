// 导出 Excel: the 部署事项 list, exactly as the viewer's filtered and sorted page shows it.
import { exportDeployments } from "@/lib/direction/deployments/export";
import { xlsxExportRoute } from "@/lib/xlsx-route";

export const GET = xlsxExportRoute(
  { action: "direction.deployment.list.export", objectType: "Deployment" },
  (user, url) => exportDeployments(user, url),
);
