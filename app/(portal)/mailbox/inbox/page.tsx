import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { LETTER_STATUS_TONES } from "@/components/mailbox/tones";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { withParams } from "@/lib/list-sort";
import { categoryLabel, LETTER_CATEGORY_LABELS, LETTER_STATUS_LABELS } from "@/lib/mailbox/labels";
import { listInbox } from "@/lib/mailbox/queries";
import { InboxFilter } from "@/lib/mailbox/schemas";

export const metadata: Metadata = { title: "来信处理 · 检察长信箱" };

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("mailbox.handle", "/mailbox/inbox");
  const params = await searchParams;
  const f = InboxFilter.parse(params);
  const data = await listInbox(user, f);
  if (!data) notFound();
  const sort = {
    key: f.sort ?? "receivedOn",
    dir: f.dir ?? (f.sort && f.sort !== "receivedOn" ? "asc" : "desc"),
  } as const;
  const sortable = { sort, basePath: "/mailbox/inbox", params };
  const filtered = Boolean(f.q || f.status || f.category);
  return (
    <>
      <PageHeader
        title="来信处理"
        description={`检察长信箱 · 新来信 ${data.byStatus.NEW ?? 0} 封，办理中 ${(data.byStatus.ACKNOWLEDGED ?? 0) + (data.byStatus.IN_PROGRESS ?? 0)} 封`}
        actions={
          <Link href="/mailbox?mine=1" className={buttonClass.secondary}>
            我的来信 · 写信
          </Link>
        }
      />
      <Card>
        <FilterBar
          label="筛选来信"
          clearHref="/mailbox/inbox"
          hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
        >
          <FilterInput label="关键词" name="q" type="search" value={f.q} placeholder="来信标题" />
          <FilterSelect
            label="状态"
            name="status"
            value={f.status}
            options={Object.entries(LETTER_STATUS_LABELS).map(([k, v]) => ({
              value: k,
              label: `${v}（${data.byStatus[k] ?? 0}）`,
            }))}
          />
          <FilterSelect
            label="类别"
            name="category"
            value={f.category}
            options={LETTER_CATEGORY_LABELS}
          />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 封来信</span>
          {data.total > 0 ? (
            <ExportButton href={`/mailbox/inbox/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {data.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "没有符合条件的来信" : "暂无来信"}
            hint={filtered ? "请调整或清除筛选条件。" : undefined}
          />
        ) : (
          <Table caption="检察长信箱来信">
            <thead>
              <tr>
                <Th>标题</Th>
                <SortTh label="类别" column="category" {...sortable} />
                <Th>来信人</Th>
                <SortTh label="来信日期" column="receivedOn" {...sortable} />
                <SortTh label="状态" column="status" {...sortable} />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((r) => (
                <tr key={r.id}>
                  <Td>
                    <Link
                      href={`/mailbox/inbox/${r.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {r.subject}
                    </Link>
                    {r.followUpId ? (
                      <span className="ml-2">
                        <Badge tone="amber">已转督办</Badge>
                      </span>
                    ) : null}
                  </Td>
                  <Td>{categoryLabel(r.category)}</Td>
                  <Td>{r.anonymous ? <Badge>匿名</Badge> : r.authorName}</Td>
                  <Td className="whitespace-nowrap">{r.receivedOn}</Td>
                  <Td>
                    <StatusBadge
                      status={r.status}
                      labels={LETTER_STATUS_LABELS}
                      tones={LETTER_STATUS_TONES}
                    />
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
          basePath="/mailbox/inbox"
          params={{ q: f.q, sort: f.sort, dir: f.dir, status: f.status, category: f.category }}
        />
      </Card>
    </>
  );
}
