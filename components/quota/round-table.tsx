// The 入额遴选 round list as a table: headers that sort through the URL, each
// round's phase, and the viewer's own registration with the actions on it.
import Link from "next/link";

import { ActionButton } from "@/components/ui/action-button";
import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import type { Sort } from "@/lib/list-sort";
import { registerForQuota, withdrawFromQuota } from "@/lib/quota/actions";
import { OUTCOME_LABELS } from "@/lib/quota/labels";
import type { RoundRow } from "@/lib/quota/list";
import { PHASE_LABELS, roundPhase } from "@/lib/quota/rules";
import type { QuotaRoundSort } from "@/lib/quota/schemas";
import { formatCenti } from "@/lib/scores";

import { OUTCOME_TONES, PHASE_TONES } from "./tones";

export function RoundTable({
  rows,
  eligible,
  sort,
  params,
}: {
  rows: RoundRow[];
  eligible: boolean;
  sort: Sort<QuotaRoundSort>;
  params: Record<string, string | undefined>;
}) {
  const sortable = { sort, basePath: "/quota", params };
  const now = new Date();
  return (
    <Table caption="遴选列表">
      <thead>
        <tr>
          <SortTh label="遴选名称" column="title" {...sortable} />
          <Th>阶段</Th>
          <SortTh label="员额" column="places" {...sortable} />
          <SortTh label="报名时间" column="registrationOpensAt" {...sortable} />
          <SortTh label="已报名" column="registrants" {...sortable} />
          <Th>公示</Th>
          <Th>我的报名</Th>
          <Th>操作</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => {
          const phase = roundPhase(r, now);
          const open = phase === "REG_OPEN";
          return (
            <tr key={r.id}>
              <Td>
                <Link
                  href={`/quota/${r.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {r.title}
                </Link>
              </Td>
              <Td>
                <StatusBadge status={phase} labels={PHASE_LABELS} tones={PHASE_TONES} />
              </Td>
              <Td>{r.places} 名</Td>
              <Td>
                {formatDate(r.registrationOpensAt)} 至 {formatDate(r.registrationClosesAt)}
              </Td>
              <Td>{r._count.registrations} 人</Td>
              <Td>
                {r.publicityStartsOn
                  ? `${formatDate(r.publicityStartsOn)} 至 ${formatDate(r.publicityEndsOn)}`
                  : "—"}
              </Td>
              <Td>
                {r.mine ? (
                  <span className="flex flex-wrap items-center gap-2">
                    <StatusBadge
                      status={r.mine.outcome}
                      labels={OUTCOME_LABELS}
                      tones={OUTCOME_TONES}
                    />
                    {r.mine.rank !== null ? (
                      <span className="text-slate-600">
                        总成绩 {formatCenti(r.mine.totalCenti)} · 第 {r.mine.rank} 名
                      </span>
                    ) : null}
                  </span>
                ) : (
                  "—"
                )}
              </Td>
              <Td>
                <div className="flex flex-wrap items-center gap-2">
                  {open && eligible && !r.mine ? (
                    <ActionButton
                      action={registerForQuota}
                      fields={{ roundId: r.id }}
                      label="报名"
                      variant="primary"
                    />
                  ) : null}
                  {open && r.mine ? (
                    <ActionButton
                      action={withdrawFromQuota}
                      fields={{ roundId: r.id }}
                      label="撤回报名"
                      confirm={`确定撤回「${r.title}」的报名？报名截止前可重新报名。`}
                    />
                  ) : null}
                  {r.publishedAt ? (
                    <Link href={`/quota/${r.id}/publicity`} className={buttonClass.secondary}>
                      公示名单
                    </Link>
                  ) : null}
                </div>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
