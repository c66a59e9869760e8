import Link from "next/link";

import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import type { judgingBoard } from "@/lib/culture/essays/judging";
import { AWARD_LABELS } from "@/lib/culture/essays/labels";
import type { EntrySort } from "@/lib/culture/essays/schemas";
import { formatTotal } from "@/lib/culture/essays/scoring";
import type { Sort } from "@/lib/list-sort";

import { AwardForm } from "./award-form";
import { AWARD_TONES } from "./tones";

type Board = NonNullable<Awaited<ReturnType<typeof judgingBoard>>>;

const SHEET_LABELS = { DONE: "已评", TODO: "待评", OWN: "本人作品（回避）" } as const;
const SHEET_TONES = { DONE: "green", TODO: "amber", OWN: "gray" } as const;

/** The entries of a call: number, title, (author), the viewer's sheet, total, rank, award. */
export function JudgingBoard({
  callId,
  rows,
  named,
  awarding,
  showAwards,
  sortable,
}: {
  callId: string;
  rows: Board["rows"];
  named: boolean;
  /** 政治处 may still choose awards (closed, not published, not recused). */
  awarding: boolean;
  showAwards: boolean;
  /** The headers sort the board through the URL (作者 only where the authors are shown). */
  sortable: {
    sort: Sort<EntrySort>;
    basePath: string;
    params: Readonly<Record<string, string | undefined>>;
  };
}) {
  return (
    <Table caption="参评作品">
      <thead>
        <tr>
          <SortTh label="编号" column="no" {...sortable} />
          <SortTh label="作品" column="title" {...sortable} />
          {named ? <SortTh label="作者" column="author" {...sortable} /> : null}
          <Th>我的评分</Th>
          <Th>完整评分</Th>
          <SortTh label="总分（平均）" column="total" {...sortable} />
          <SortTh label="排名" column="rank" {...sortable} />
          {showAwards ? <Th>奖项</Th> : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.id}>
            <Td className="tabular-nums">{String(r.no).padStart(2, "0")}</Td>
            <Td>
              <Link href={`/culture/essays/${callId}/entries/${r.id}`} className={buttonClass.link}>
                {r.title}
              </Link>
            </Td>
            {named ? (
              <Td className="whitespace-nowrap">
                {r.authorName}
                <span className="block text-xs text-slate-500">{r.departmentName}</span>
              </Td>
            ) : null}
            <Td>
              <StatusBadge status={r.mySheet} labels={SHEET_LABELS} tones={SHEET_TONES} />
            </Td>
            <Td className="tabular-nums">{r.sheets} 份</Td>
            <Td className="tabular-nums">{formatTotal(r.totalCenti)}</Td>
            <Td className="tabular-nums">{r.rank ?? "—"}</Td>
            {showAwards ? (
              <Td>
                {awarding ? (
                  <AwardForm entryId={r.id} award={r.award} label={`作品${r.no}`} />
                ) : (
                  <StatusBadge
                    status={r.award}
                    labels={AWARD_LABELS}
                    tones={AWARD_TONES}
                    empty="—"
                  />
                )}
              </Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
