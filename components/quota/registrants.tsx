import { Card, EmptyState } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td } from "@/components/ui/table";
import type { SessionUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { withParams } from "@/lib/list-sort";
import { OUTCOME_LABELS } from "@/lib/quota/labels";
import { listRegistrants, registrantSortOf } from "@/lib/quota/registrant-list";
import type { RegistrantFilter } from "@/lib/quota/schemas";
import { formatCenti } from "@/lib/scores";

import { OUTCOME_TONES } from "./tones";
import type { Round } from "./types";

/**
 * 政治处: the registrants, ranked by default, searched by name or department
 * and sorted through the URL, with 导出 Excel of the same rows.
 */
export async function Registrants({
  user,
  round,
  filter: f,
  params,
}: {
  user: SessionUser;
  round: Round;
  filter: RegistrantFilter;
  params: Readonly<Record<string, string | undefined>>;
}) {
  const data = await listRegistrants(user, round.id, f);
  if (!data) return null;
  const k = round.components.length;
  const basePath = `/quota/${round.id}`;
  const sortable = { sort: registrantSortOf(f), basePath, params, hash: "#registrants" };
  return (
    <Card id="registrants" title={`报名人员（${data.total}）`}>
      <FilterBar
        label="筛选报名人员"
        clearHref={`${basePath}#registrants`}
        columns={3}
        hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
      >
        <FilterInput label="关键词" name="q" type="search" value={f.q} placeholder="姓名或部门" />
      </FilterBar>
      {data.total > 0 ? (
        <div className="mb-3 flex justify-end">
          <ExportButton href={`${basePath}/export${withParams(params, {})}`} />
        </div>
      ) : null}
      {data.rows.length === 0 ? (
        f.q ? (
          <EmptyState title="没有符合条件的报名人员" hint="请调整或清除筛选条件。" />
        ) : (
          <EmptyState title="尚无人报名" hint="报名期内，符合条件的干警可在“入额遴选”页报名" />
        )
      ) : (
        <Table caption="报名人员">
          <thead>
            <tr>
              <SortTh label="排名" column="rank" {...sortable} />
              <SortTh label="姓名" column="name" {...sortable} />
              <SortTh label="部门" column="department" {...sortable} />
              <SortTh label="报名时间" column="registeredAt" {...sortable} />
              <SortTh label="已录成绩" column="scores" {...sortable} />
              <SortTh label="总成绩" column="total" {...sortable} />
              <SortTh label="结果" column="outcome" {...sortable} />
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
        page={f.page}
        pages={data.pages}
        total={data.total}
        basePath={basePath}
        params={{ q: f.q, sort: f.sort, dir: f.dir }}
        hash="#registrants"
      />
    </Card>
  );
}
