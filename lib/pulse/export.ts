// 导出 Excel of /pulse's round list: the same query as the page
// (lib/pulse/list.ts), with the same state filter, keyword and order, streamed
// page by page. For those who see response rates only (政治处, 院领导), and
// only the columns their page shows: title, window, state, question count and
// each round's whole response count and rate — never an answer, a group or a
// person, nor whether the exporter took part.
import "server-only";

import type { SessionUser } from "../auth/session";
import { filterText } from "../xlsx";
import type { XlsxExport } from "../xlsx-route";
import { ROUND_STATUS_LABELS } from "./labels";
import { allPulseRoundRows, type PulseRoundRow as R } from "./list";
import { seesResults } from "./queries";
import { PulseRoundListFilter } from "./schemas";
import { lastOpenInstant } from "./window";

export async function exportPulseRounds(user: SessionUser, url: URL): Promise<XlsxExport | null> {
  if (!seesResults(user.roles)) return null;
  const f = PulseRoundListFilter.parse(Object.fromEntries(url.searchParams));
  return {
    action: "pulse.round.list.export",
    objectType: "PulseRound",
    objectId: "",
    fileName: "思想状况测评",
    filter: filterText({
      状态: f.status ? ROUND_STATUS_LABELS[f.status] : undefined,
      关键词: f.q,
    }),
    sheets: [
      {
        name: "思想状况测评",
        title: "思想状况测评",
        rows: allPulseRoundRows(user, f),
        columns: [
          { header: "测评名称", value: (r: R) => r.title },
          { header: "开始日期", value: (r: R) => r.opensAt, format: "date" },
          { header: "结束日期", value: (r: R) => lastOpenInstant(r.closesAt), format: "date" },
          { header: "状态", value: (r: R) => ROUND_STATUS_LABELS[r.status] },
          { header: "题目数", value: (r: R) => r.questions, format: "int" },
          { header: "作答人数", value: (r: R) => r.responses ?? 0, format: "int" },
          { header: "应参与人数", value: (r: R) => r.eligible, format: "int" },
          { header: "参与率", value: (r: R) => r.rate ?? 0, format: "percent" },
        ],
      },
    ],
  };
}
