// 导出 Excel of 政治处's list of 个人重大事项报告: the same query as the page
// (lib/major-matters/list.ts), with the same filters, keyword and order,
// streamed page by page. Metadata only: the encrypted content and the
// acknowledgement note are never read, let alone exported. Each exported page
// is audited as a read of the reports on it (list.ts); the route adds one
// audit row for the file with its filter and row count.
import "server-only";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { MATTER_STATUS_LABELS, matterCategoryLabel } from "./labels";
import { allMatterRows, seesAllMatters, type MatterRow } from "./list";
import { allMyMatterRows, type MyMatterRow as M } from "./my-list";
import { MatterListFilter, MyMatterListFilter } from "./schemas";

export async function exportMatters(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!seesAllMatters(user)) return null;
  const f = MatterListFilter.parse(Object.fromEntries(url.searchParams));
  const dept = f.departmentId
    ? await db.department.findUnique({ where: { id: f.departmentId }, select: { name: true } })
    : null;
  return {
    action: "majorMatter.list.export",
    objectType: "MajorMatterReport",
    objectId: "",
    fileName: "个人重大事项报告",
    filter: filterText({
      部门: dept?.name,
      类别: f.category ? matterCategoryLabel(f.category) : undefined,
      状态: f.status ? MATTER_STATUS_LABELS[f.status] : undefined,
      报告人: f.q,
    }),
    sheets: [
      {
        name: "个人重大事项报告",
        title: "全院个人重大事项报告",
        rows: allMatterRows(user, f),
        columns: [
          { header: "报告人", value: (r: MatterRow) => r.user.realName },
          { header: "部门", value: (r: MatterRow) => r.user.department?.name ?? "" },
          { header: "类别", value: (r: MatterRow) => matterCategoryLabel(r.category) },
          { header: "发生日期", value: (r: MatterRow) => r.occurredOn, format: "date" },
          { header: "报告日期", value: (r: MatterRow) => r.createdAt, format: "date" },
          {
            header: "状态",
            value: (r: MatterRow) => MATTER_STATUS_LABELS[r.status] ?? r.status,
          },
          { header: "确认日期", value: (r: MatterRow) => r.acknowledgedAt, format: "date" },
        ],
      },
    ],
  };
}

/** 导出 Excel of one's own reports (我的报告): the reporter's rows only, as their page shows them; metadata only. */
export async function exportMyMatters(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!can(user.roles, "majorMatter.file")) return null;
  const f = MyMatterListFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "majorMatter.mine.export",
    objectType: "MajorMatterReport",
    objectId: "",
    fileName: "我的个人重大事项报告",
    filter: filterText({
      类别: f.category ? matterCategoryLabel(f.category) : undefined,
      状态: f.status ? MATTER_STATUS_LABELS[f.status] : undefined,
    }),
    sheets: [
      {
        name: "我的报告",
        title: "我的个人重大事项报告",
        rows: allMyMatterRows(user, f),
        columns: [
          { header: "类别", value: (r: M) => matterCategoryLabel(r.category) },
          { header: "发生日期", value: (r: M) => r.occurredOn, format: "date" },
          { header: "报告日期", value: (r: M) => r.createdAt, format: "date" },
          { header: "状态", value: (r: M) => MATTER_STATUS_LABELS[r.status] ?? r.status },
          { header: "确认日期", value: (r: M) => r.acknowledgedAt, format: "date" },
        ],
      },
    ],
  };
}
