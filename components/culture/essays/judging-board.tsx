import Link from "next/link";

import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import type { judgingBoard } from "@/lib/culture/essays/judging";
import { AWARD_LABELS } from "@/lib/culture/essays/labels";
import { formatTotal } from "@/lib/culture/essays/scoring";

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
}: {
  callId: string;
  rows: Board["rows"];
  named: boolean;
  /** 政治处 may still choose awards (closed, not published, not recused). */
  awarding: boolean;
  showAwards: boolean;
}) {
  return (
    <Table caption="参评作品">
      <thead>
        <tr>
          <Th>编号</Th>
          <Th>作品</Th>
          {named ? <Th>作者</Th> : null}
          <Th>我的评分</Th>
          <Th>完整评分</Th>
          <Th>总分（平均）</Th>
          <Th>排名</Th>
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
