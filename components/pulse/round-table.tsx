import Link from "next/link";

import { Badge } from "@/components/ui/card";
import { SortTh } from "@/components/ui/sort-th";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import type { Sort } from "@/lib/list-sort";
import { ROUND_STATUS_LABELS } from "@/lib/pulse/labels";
import type { PulseRoundRow } from "@/lib/pulse/list";
import type { RoundSort } from "@/lib/pulse/schemas";
import { lastOpenInstant } from "@/lib/pulse/window";

import { ResponseRate } from "./rate";

const STATUS_TONE = { UPCOMING: "gray", OPEN: "blue", CLOSED: "green" } as const;

/**
 * /pulse's 全部测评 table: every round with its window and state, whether the
 * viewer took part, and — for those who see rates — its whole response count
 * and rate, sortable by it, with a link to a closed round's results.
 */
export function RoundTable({
  rows,
  results,
  sortable,
}: {
  rows: (PulseRoundRow & { answered: boolean })[];
  results: boolean;
  sortable: {
    sort: Sort<RoundSort>;
    basePath: string;
    params: Readonly<Record<string, string | undefined>>;
  };
}) {
  return (
    <Table caption="全部测评">
      <thead>
        <tr>
          <SortTh label="测评名称" column="title" {...sortable} />
          <SortTh label="开始日期" column="opensAt" {...sortable} />
          <SortTh label="结束日期" column="closesAt" {...sortable} />
          <Th>状态</Th>
          <Th>本人</Th>
          {results ? (
            <>
              <SortTh label="参与情况" column="responses" {...sortable} />
              <Th>结果</Th>
            </>
          ) : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.id}>
            <Td className="min-w-40 font-medium text-slate-900">{r.title}</Td>
            <Td className="whitespace-nowrap">{formatDate(r.opensAt)}</Td>
            <Td className="whitespace-nowrap">{formatDate(lastOpenInstant(r.closesAt))}</Td>
            <Td>
              <Badge tone={STATUS_TONE[r.status]}>{ROUND_STATUS_LABELS[r.status]}</Badge>
            </Td>
            <Td className="whitespace-nowrap">
              {r.answered ? (
                <Badge tone="green">已参加</Badge>
              ) : r.status === "OPEN" ? (
                <Link href={`/pulse/${r.id}`} className={buttonClass.link}>
                  去作答
                </Link>
              ) : r.status === "CLOSED" ? (
                <Badge tone="gray">未参加</Badge>
              ) : (
                "—"
              )}
            </Td>
            {results ? (
              <>
                <Td className="w-64">
                  <ResponseRate
                    responses={r.responses ?? 0}
                    eligible={r.eligible}
                    rate={r.rate ?? 0}
                    label={`${r.title}参与率`}
                  />
                </Td>
                <Td className="whitespace-nowrap">
                  {r.status === "CLOSED" ? (
                    <Link href={`/pulse/${r.id}/results`} className={buttonClass.link}>
                      查看结果
                    </Link>
                  ) : (
                    "—"
                  )}
                </Td>
              </>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
