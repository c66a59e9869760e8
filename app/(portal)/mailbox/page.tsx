import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { LETTER_STATUS_TONES } from "@/components/mailbox/tones";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { withParams } from "@/lib/list-sort";
import {
  categoryLabel,
  LETTER_CATEGORIES,
  LETTER_STATUS_LABELS,
  LETTER_STATUSES,
} from "@/lib/mailbox/labels";
import { canHandleMailbox, listMyLetterPage, myLetterSortOf } from "@/lib/mailbox/queries";
import { MyLettersFilter } from "@/lib/mailbox/schemas";

export const metadata: Metadata = { title: "检察长信箱" };

export default async function MailboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(["mailbox.write", "mailbox.handle"], "/mailbox");
  const params = await searchParams;
  const f = MyLettersFilter.parse(params);
  const [data, handler] = await Promise.all([listMyLetterPage(user, f), canHandleMailbox(user)]);
  // The 检察长 comes here to read letters, not to write one: the inbox first
  // (its header links back to 我的来信, which opens this page with ?mine=1).
  if (handler && params.mine !== "1") redirect("/mailbox/inbox");
  const sortable = { sort: myLetterSortOf(f), basePath: "/mailbox", params };
  const filtered = Boolean(f.q || f.category || f.status);
  const mine = handler ? "1" : undefined;
  return (
    <>
      <PageHeader
        title="检察长信箱"
        description="向检察长提出建议、诉求或反映问题，可署名也可匿名。"
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/mailbox/new" className={buttonClass.primary}>
              写信
            </Link>
            <Link href="/mailbox/track" className={buttonClass.secondary}>
              凭访问码查询
            </Link>
            {handler ? (
              <Link href="/mailbox/inbox" className={buttonClass.secondary}>
                来信处理
              </Link>
            ) : null}
          </div>
        }
      />
      <Card title="我的来信">
        <FilterBar
          label="筛选我的来信"
          clearHref={mine ? "/mailbox?mine=1" : "/mailbox"}
          columns={4}
          hidden={{ sort: f.sort ?? "", dir: f.dir ?? "", ...(mine ? { mine } : {}) }}
        >
          <FilterInput label="关键词" name="q" type="search" value={f.q} placeholder="来信标题" />
          <FilterSelect
            label="类别"
            name="category"
            value={f.category}
            options={LETTER_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) }))}
          />
          <FilterSelect
            label="状态"
            name="status"
            value={f.status}
            options={LETTER_STATUSES.map((c) => ({ value: c, label: LETTER_STATUS_LABELS[c] }))}
          />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 封署名来信</span>
          {data.total > 0 ? (
            <ExportButton href={`/mailbox/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {data.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "没有符合条件的来信" : "暂无署名来信"}
            hint={
              filtered
                ? "请调整或清除筛选条件。"
                : "匿名来信不与账号关联，不会显示在这里，请凭访问码查询。"
            }
          />
        ) : (
          <Table caption="我的署名来信">
            <thead>
              <tr>
                <Th>标题</Th>
                <SortTh label="类别" column="category" {...sortable} />
                <SortTh label="来信日期" column="receivedOn" {...sortable} />
                <SortTh label="状态" column="status" {...sortable} />
                <Th>答复</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((l) => (
                <tr key={l.id}>
                  <Td>
                    <Link
                      href={`/mailbox/letters/${l.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {l.subject}
                    </Link>
                  </Td>
                  <Td>{categoryLabel(l.category)}</Td>
                  <Td className="whitespace-nowrap">{l.receivedOn}</Td>
                  <Td>
                    <StatusBadge
                      status={l.status}
                      labels={LETTER_STATUS_LABELS}
                      tones={LETTER_STATUS_TONES}
                    />
                  </Td>
                  <Td>{l.replies ? `${l.replies} 条` : "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination
          page={f.page}
          pages={data.pages}
          total={data.total}
          basePath="/mailbox"
          params={{
            mine,
            q: f.q,
            category: f.category,
            status: f.status,
            sort: f.sort,
            dir: f.dir,
          }}
        />
        <p className="mt-4 text-xs text-slate-500">
          匿名来信不记录账号、IP 地址和具体时间，也不会出现在“我的来信”中。
        </p>
      </Card>
    </>
  );
}
