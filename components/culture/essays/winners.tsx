import Link from "next/link";

import { EmptyState } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { AWARD_LABELS } from "@/lib/culture/essays/labels";
import type { listWinners } from "@/lib/culture/essays/queries";

import { AWARD_TONES } from "./tones";

/** The published results: award, title (opens the entry), author and department. */
export function Winners({
  callId,
  rows,
}: {
  callId: string;
  rows: Awaited<ReturnType<typeof listWinners>>;
}) {
  if (rows.length === 0) return <EmptyState title="本次征文没有评出获奖作品" />;
  return (
    <Table caption="获奖名单">
      <thead>
        <tr>
          <Th>奖项</Th>
          <Th>作品</Th>
          <Th>作者</Th>
          <Th>部门</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((w) => (
          <tr key={w.id}>
            <Td>
              <StatusBadge status={w.award} labels={AWARD_LABELS} tones={AWARD_TONES} />
            </Td>
            <Td>
              <Link href={`/culture/essays/${callId}/entries/${w.id}`} className={buttonClass.link}>
                {w.title}
              </Link>
              {w.articleHref ? (
                <Link href={w.articleHref} className="ml-2 text-xs text-slate-500 hover:underline">
                  （已发布到专栏）
                </Link>
              ) : null}
            </Td>
            <Td>{w.authorName}</Td>
            <Td>{w.departmentName}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
