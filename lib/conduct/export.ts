// 导出 Excel of the 履职表现记录 list (/conduct, and /conduct/mine): the same
// query as the page (lib/conduct/list.ts) — scope, filters, keyword, order —
// streamed page by page, each page's discipline reads audited as the
// screen's are. A head's export therefore never holds another's discipline
// row; the description (事实与说明) is never exported.
import "server-only";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { categoryLabel, describeKind, STATUS_LABELS, type Status } from "./labels";
import { allConductRows, type ConductRow } from "./list";
import { ConductListFilter } from "./schemas";

export async function exportConduct(
  user: SessionUser,
  url: URL,
  mine = false,
): Promise<XlsxExport | null> {
  const may = mine
    ? can(user.roles, "conduct.read")
    : can(user.roles, "conduct.read") || can(user.roles, "conduct.manage");
  if (!may) return null;
  const f = ConductListFilter.parse(Object.fromEntries(url.searchParams));
  const name = mine ? "我的履职表现记录" : "履职表现记录";
  return {
    action: mine ? "conduct.mine.export" : "conduct.list.export",
    objectType: "ConductRecord",
    objectId: "",
    fileName: name,
    filter: filterText({
      类别: f.category ? categoryLabel(f.category) : undefined,
      状态: f.status ? STATUS_LABELS[f.status as Status] : undefined,
      年度: f.year ? String(f.year) : undefined,
      关键词: f.q,
    }),
    sheets: [
      {
        name,
        title: name,
        rows: allConductRows(user, f, mine),
        columns: [
          { header: "日期", value: (r: ConductRow) => r.occurredOn, format: "date" },
          { header: "类别", value: (r: ConductRow) => categoryLabel(r.category) },
          { header: "对象", value: (r: ConductRow) => r.subjectName },
          {
            header: "部门",
            value: (r: ConductRow) => (r.subjectUserId ? r.subjectDepartmentName : ""),
          },
          { header: "类型", value: (r: ConductRow) => describeKind(r) },
          { header: "标题", value: (r: ConductRow) => r.title },
          { header: "文号", value: (r: ConductRow) => r.docNo },
          { header: "发文单位", value: (r: ConductRow) => r.issuer },
          {
            header: "状态",
            value: (r: ConductRow) => STATUS_LABELS[r.status as Status] ?? r.status,
          },
        ],
      },
    ],
  };
}
