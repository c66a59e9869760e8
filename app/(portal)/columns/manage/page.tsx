import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ColumnForm } from "@/components/columns/column-form";
import { ManagedArticleTable } from "@/components/columns/managed-article-table";
import { ActionButton } from "@/components/ui/action-button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/session";
import { deleteColumn } from "@/lib/columns/actions";
import { articleSortOf, listManagedArticles } from "@/lib/columns/list";
import { listColumnsForManage } from "@/lib/columns/queries";
import { ManageArticleListFilter } from "@/lib/columns/schemas";
import { withParams } from "@/lib/list-sort";

export const metadata: Metadata = { title: "管理专栏" };

export default async function ManageColumnsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("column.manage", "/columns/manage");
  const params = await searchParams;
  const f = ManageArticleListFilter.parse(params);
  const [columns, articles] = await Promise.all([
    listColumnsForManage(user),
    listManagedArticles(user, f),
  ]);
  if (!columns || !articles) notFound();
  const sortable = { sort: articleSortOf(f), basePath: "/columns/manage", params };
  const filtered = Boolean(f.q || f.columnId);
  return (
    <>
      <nav aria-label="位置" className="mb-2 text-sm text-slate-500">
        <Link href="/columns" className="hover:underline">
          专栏
        </Link>{" "}
        / 管理
      </nav>
      <PageHeader
        title="管理专栏"
        description="政治处维护专栏名称、路径标识、简介和排序，查阅、检索和导出全部文章。"
      />
      <Card title="全部文章" className="mb-4">
        <FilterBar
          label="筛选文章"
          clearHref="/columns/manage"
          columns={3}
          hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
        >
          <FilterInput label="关键词" name="q" type="search" value={f.q} placeholder="标题或作者" />
          <FilterSelect
            label="专栏"
            name="columnId"
            value={f.columnId}
            all="全部专栏"
            options={columns.map((c) => ({ value: c.id, label: c.name }))}
          />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {articles.total} 篇文章</span>
          {articles.total > 0 ? (
            <ExportButton href={`/columns/manage/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {articles.rows.length === 0 ? (
          <EmptyState
            title={filtered ? "没有符合条件的文章" : "暂无文章"}
            hint={filtered ? "请调整或清除筛选条件。" : undefined}
          />
        ) : (
          <ManagedArticleTable rows={articles.rows} sortable={sortable} />
        )}
        <Pagination
          page={f.page}
          pages={articles.pages}
          total={articles.total}
          basePath="/columns/manage"
          params={{ q: f.q, columnId: f.columnId, sort: f.sort, dir: f.dir }}
        />
      </Card>
      <Card title="新建专栏">
        <ColumnForm />
      </Card>
      {columns.map((c) => (
        <Card
          key={c.id}
          className="mt-4"
          title={
            <Link href={`/columns/${c.slug}`} className="hover:underline">
              {c.name}
            </Link>
          }
          actions={<span className="text-xs text-slate-500">{c._count.articles} 篇文章</span>}
        >
          <ColumnForm
            column={{
              id: c.id,
              name: c.name,
              slug: c.slug,
              description: c.description,
              sortOrder: c.sortOrder,
            }}
          />
          <div className="mt-4 border-t border-slate-100 pt-3">
            {c._count.articles === 0 ? (
              <ActionButton
                action={deleteColumn}
                fields={{ id: c.id }}
                label="删除专栏"
                variant="danger"
                confirm={`确定删除专栏“${c.name}”吗？此操作不可撤销。`}
              />
            ) : (
              <p className="text-xs text-slate-500">
                专栏内有文章时不能删除；如需删除，请先删除其中的文章。
              </p>
            )}
          </div>
        </Card>
      ))}
    </>
  );
}
