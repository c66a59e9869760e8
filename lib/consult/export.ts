// 导出 Excel of the consultation lists: the same view and query as the page
// (lib/consult/list.ts) — 政治处's queue or every consultation, or the caller's
// own — with the same filters, keyword and order, streamed page by page. The
// asker's name and department are exported to consult.answer holders only
// (and never on the caller's own list); only the caller's own list carries
// the answers.
import "server-only";

import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { filterText, type XlsxColumn } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { allConsultRows, consultView, type ConsultRow as R } from "./list";
import { channelLabel, ConsultListFilter, STATUS_LABELS, tagLabel } from "./schemas";

const TITLES = { queue: "改革咨询待答复队列", all: "改革咨询", mine: "我的改革咨询" } as const;

export async function exportConsultations(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!can(user.roles, "consult.ask")) return null;
  const f = ConsultListFilter.parse(Object.fromEntries(url.searchParams));
  const view = consultView(user, f.tab);
  const namesAsker = view !== "mine" && can(user.roles, "consult.answer");
  const columns: XlsxColumn<R>[] = [
    { header: "咨询时间", value: (r) => r.askedAt, format: "datetime" },
    { header: "主题", value: (r) => r.tags.map((t) => tagLabel(t.tag)).join("、") },
    { header: "渠道", value: (r) => channelLabel(r.channel) },
    ...(namesAsker
      ? [
          { header: "咨询人", value: (r: R) => r.asker.realName },
          { header: "部门", value: (r: R) => r.asker.department?.name ?? "" },
        ]
      : []),
    { header: "状态", value: (r) => STATUS_LABELS[r.status] ?? r.status },
    { header: "答复时间", value: (r) => r.answeredAt, format: "datetime" },
    { header: "咨询内容", value: (r) => r.question },
    ...(view === "mine" ? [{ header: "政治处答复", value: (r: R) => r.answer }] : []),
  ];
  return {
    action: "consult.list.export",
    objectType: "Consultation",
    objectId: "",
    fileName: TITLES[view],
    filter: filterText({
      状态: f.status && view !== "queue" ? STATUS_LABELS[f.status] : undefined,
      主题: f.tag ? tagLabel(f.tag) : undefined,
      渠道: f.channel ? channelLabel(f.channel) : undefined,
      关键词: f.q,
    }),
    sheets: [
      { name: TITLES[view], title: TITLES[view], rows: allConsultRows(user, view, f), columns },
    ],
  };
}
