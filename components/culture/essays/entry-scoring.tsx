import { Table, Td, Th } from "@/components/ui/table";
import type { getEntry } from "@/lib/culture/essays/judging";
import { ESSAY_MESSAGES } from "@/lib/culture/essays/labels";
import { formatTotal } from "@/lib/culture/essays/scoring";

import { ScoreForm } from "./score-form";

type Entry = NonNullable<Awaited<ReturnType<typeof getEntry>>>;

/** The scoring part of an entry page: the viewer's sheet, or why there is none; 政治处 also sees every judge's total. */
export function EntryScoring({ entry, now }: { entry: Entry; now: Date }) {
  const judging = now >= entry.call.closesAt && !entry.call.resultsPublishedAt;
  const labels = entry.call.criteria;
  return (
    <div className="space-y-4">
      {entry.own ? (
        <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
          {ESSAY_MESSAGES.ownEntry}，不显示评分表。
        </p>
      ) : judging ? (
        <ScoreForm entryId={entry.id} criteria={labels} scores={entry.myScores} />
      ) : entry.call.resultsPublishedAt ? (
        <p className="text-sm text-slate-600">
          结果已公布。我的评分：
          {labels.map((c) => `${c.label} ${entry.myScores[c.id] ?? "—"}`).join("，")}
        </p>
      ) : (
        <p className="text-sm text-amber-700">{ESSAY_MESSAGES.notJudging}</p>
      )}
      {entry.ranked ? (
        <p className="text-sm text-slate-600">
          总分（各评委完整评分的平均）：<b>{formatTotal(entry.ranked.totalCenti)}</b>
          ，排名 {entry.ranked.rank ?? "—"}，完整评分 {entry.ranked.sheets} 份
        </p>
      ) : null}
      {entry.role === "MANAGER" && entry.sheets.length > 0 ? (
        <Table caption="各评委评分">
          <thead>
            <tr>
              <Th>评分人</Th>
              <Th>合计</Th>
              <Th>状态</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {entry.sheets.map((s) => (
              <tr key={s.judgeName}>
                <Td>{s.judgeName}</Td>
                <Td className="tabular-nums">{s.total}</Td>
                <Td>{s.complete ? "已完成" : "未评完"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </div>
  );
}
