import { Card, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { SessionUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { OUTCOME_LABELS } from "@/lib/quota/labels";
import { listRegistrants } from "@/lib/quota/queries";
import { formatCenti } from "@/lib/scores";

import { OUTCOME_TONES } from "./tones";
import type { Round } from "./types";

/** The registrants in rank order, with how many scores are entered. */
export async function Registrants({
  user,
  round,
  page,
}: {
  user: SessionUser;
  round: Round;
  page: number;
}) {
  const data = await listRegistrants(user, round.id, page);
  if (!data) return null;
  const k = round.components.length;
  return (
    <Card title={`报名人员（${data.total}）`}>
      {data.rows.length === 0 ? (
        <EmptyState title="尚无人报名" hint="报名期内，符合条件的干警可在“入额遴选”页报名" />
      ) : (
        <Table caption="报名人员，按排名排列">
          <thead>
            <tr>
              <Th>排名</Th>
              <Th>姓名</Th>
              <Th>部门</Th>
              <Th>报名时间</Th>
              <Th>已录成绩</Th>
              <Th>总成绩</Th>
              <Th>结果</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.rows.map((r) => (
              <tr key={r.id}>
                <Td className="tabular-nums">{r.rank ?? "—"}</Td>
                <Td className="whitespace-nowrap">
                  {r.user.realName}
                  <span className="block text-xs text-slate-500">{r.user.position}</span>
                </Td>
                <Td className="whitespace-nowrap">{r.user.department?.name ?? "—"}</Td>
                <Td className="text-xs whitespace-nowrap">{formatDateTime(r.registeredAt)}</Td>
                <Td className="tabular-nums">
                  {r._count.scores} / {k}
                </Td>
                <Td className="tabular-nums">{formatCenti(r.totalCenti)}</Td>
                <Td>
                  <StatusBadge status={r.outcome} labels={OUTCOME_LABELS} tones={OUTCOME_TONES} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination
        page={page}
        pages={data.pages}
        total={data.total}
        basePath={`/quota/${round.id}`}
        params={{}}
      />
    </Card>
  );
}
