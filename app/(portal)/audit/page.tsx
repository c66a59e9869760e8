import type { Metadata } from "next";

import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge, type StatusTones } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { AUDIT_RESULT_LABELS, auditActionLabel } from "@/lib/audit/labels";
import { listAuditActions, listAuditLogs } from "@/lib/audit/queries";
import { AUDIT_RESULTS, AuditFilter } from "@/lib/audit/schemas";
import { isRole, ROLE_LABELS } from "@/lib/auth/roles";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { withParams } from "@/lib/list-sort";

export const metadata: Metadata = { title: "审计日志" };

const RESULT_TONES: StatusTones = {
  SUCCESS: "green",
  DENIED: "red",
  FAILURE: "amber",
  NOT_FOUND: "amber",
  ERROR: "red",
};

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePagePermission("audit.read", "/audit");
  const params = await searchParams;
  const f = AuditFilter.parse(params);
  const sort = {
    key: f.sort ?? "seq",
    dir: f.dir ?? (f.sort && f.sort !== "seq" ? "asc" : "desc"),
  } as const;
  const sortable = { sort, basePath: "/audit", params };
  const [data, actions] = await Promise.all([listAuditLogs(f), listAuditActions()]);
  return (
    <>
      <PageHeader
        title="审计日志"
        description="只增不改、哈希链防篡改；可用 npm run audit:verify 校验完整性。"
      />
      <Card>
        <FilterBar
          label="筛选审计日志"
          clearHref="/audit"
          columns={6}
          hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
        >
          <FilterInput
            label="关键词"
            name="q"
            type="search"
            value={f.q}
            placeholder="用户名、操作或对象"
          />
          <FilterInput
            label="用户"
            name="user"
            value={f.user}
            placeholder="用户名"
            maxLength={40}
          />
          <FilterSelect
            label="操作"
            name="action"
            value={f.action}
            all="全部操作"
            options={actions.map((a) => ({ value: a, label: auditActionLabel(a) }))}
          />
          <FilterSelect
            label="结果"
            name="result"
            value={f.result}
            options={AUDIT_RESULTS.map((r) => ({ value: r, label: AUDIT_RESULT_LABELS[r] }))}
          />
          <FilterInput label="起始日期" name="from" type="date" value={f.from} />
          <FilterInput label="截止日期" name="to" type="date" value={f.to} />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 条记录</span>
          {data.total > 0 ? <ExportButton href={`/audit/export${withParams(params, {})}`} /> : null}
        </div>
        {data.rows.length === 0 ? (
          <EmptyState title="没有符合条件的审计记录" />
        ) : (
          <Table caption="审计日志">
            <thead>
              <tr>
                <SortTh label="序号" column="seq" {...sortable} />
                <Th>时间</Th>
                <SortTh label="用户" column="username" {...sortable} />
                <Th>角色</Th>
                <SortTh label="操作" column="action" {...sortable} />
                <Th>对象</Th>
                <SortTh label="结果" column="result" {...sortable} />
                <SortTh label="IP" column="ip" {...sortable} />
                <Th>详情</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((r) => (
                <tr key={r.id}>
                  <Td className="font-mono text-xs">{r.seq}</Td>
                  <Td className="text-xs whitespace-nowrap">{formatDateTime(r.at)}</Td>
                  <Td className="font-mono text-xs">{r.username ?? "（匿名）"}</Td>
                  <Td className="text-xs">
                    {r.roles
                      ? r.roles
                          .split(",")
                          .map((x) => (isRole(x) ? ROLE_LABELS[x] : x))
                          .join("、")
                      : "—"}
                  </Td>
                  <Td className="text-xs">
                    {auditActionLabel(r.action)}
                    <span className="block font-mono text-slate-500">{r.action}</span>
                  </Td>
                  <Td className="font-mono text-xs">
                    {r.objectType ? `${r.objectType}:${r.objectId ?? ""}` : (r.objectId ?? "—")}
                  </Td>
                  <Td>
                    <StatusBadge
                      status={r.result}
                      labels={AUDIT_RESULT_LABELS}
                      tones={RESULT_TONES}
                    />
                  </Td>
                  <Td className="font-mono text-xs">{r.ip ?? "—"}</Td>
                  <Td className="max-w-56 font-mono text-xs break-all text-slate-500">
                    {r.detail && r.detail.length > 240 ? (
                      <details>
                        <summary className="cursor-pointer">
                          {r.detail.slice(0, 160)}…（共 {r.detail.length} 字，展开）
                        </summary>
                        {r.detail}
                      </details>
                    ) : (
                      (r.detail ?? "")
                    )}
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
          basePath="/audit"
          params={{
            q: f.q,
            sort: f.sort,
            dir: f.dir,
            user: f.user,
            action: f.action,
            result: f.result,
            from: f.from,
            to: f.to,
          }}
        />
      </Card>
    </>
  );
}
