import type { Metadata } from "next";
import Link from "next/link";

import { TagBadges } from "@/components/consult/labels";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortLinks } from "@/components/ui/sort-links";
import { requirePagePermission } from "@/lib/auth/session";
import { faqSortOf, listFaq } from "@/lib/consult/faq-list";
import { FaqFilter, TAG_LABELS, TAGS } from "@/lib/consult/schemas";
import { formatDate } from "@/lib/format";
import { withParams } from "@/lib/list-sort";

export const metadata: Metadata = { title: "政策解读" };

const SORTS = [
  { column: "publishedAt", label: "发布时间" },
  { column: "question", label: "问题" },
] as const;

export default async function FaqPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePagePermission("consult.ask", "/consult/faq");
  const params = await searchParams;
  const f = FaqFilter.parse(params);
  const data = await listFaq(f);
  const chip = (active: boolean) =>
    `rounded-full border px-3 py-1 text-sm ${active ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`;
  return (
    <>
      <PageHeader
        title="政策解读"
        description="改革咨询中的典型问题与解答（已匿名处理）"
        actions={
          <Link href="/consult" className="text-sm text-brand-700 hover:underline">
            我要咨询
          </Link>
        }
      />
      <nav aria-label="按主题筛选" className="mb-4 flex flex-wrap gap-2">
        <Link
          href={`/consult/faq${withParams(params, { tag: undefined })}`}
          className={chip(!f.tag)}
          aria-current={!f.tag ? "page" : undefined}
        >
          全部
        </Link>
        {TAGS.map((t) => (
          <Link
            key={t}
            href={`/consult/faq${withParams(params, { tag: t })}`}
            className={chip(f.tag === t)}
            aria-current={f.tag === t ? "page" : undefined}
          >
            {TAG_LABELS[t]}
          </Link>
        ))}
      </nav>
      <FilterBar
        label="搜索政策解读"
        clearHref="/consult/faq"
        columns={3}
        hidden={{ tag: f.tag ?? "", sort: f.sort ?? "", dir: f.dir ?? "" }}
      >
        <FilterInput
          label="关键词"
          name="q"
          type="search"
          value={f.q}
          placeholder="问题、解答或主题"
        />
      </FilterBar>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <SortLinks columns={SORTS} sort={faqSortOf(f)} basePath="/consult/faq" params={params} />
        <span className="flex items-center gap-3 text-sm text-slate-600">
          共 {data.total} 条
          {data.total > 0 ? (
            <ExportButton href={`/consult/faq/export${withParams(params, {})}`} />
          ) : null}
        </span>
      </div>
      {data.rows.length === 0 ? (
        f.q || f.tag ? (
          <EmptyState
            title="没有符合条件的政策解读"
            hint="请换一个关键词或主题；没有找到答案，可以点击右上角“我要咨询”向政治处提问。"
          />
        ) : (
          <EmptyState
            title="暂无政策解读"
            hint="政治处会把改革咨询中的典型问题整理发布在这里；有疑问可以点击右上角“我要咨询”。"
          />
        )
      ) : (
        <div className="space-y-3">
          {data.rows.map((e) => (
            <Card key={e.id}>
              <article>
                <div className="flex flex-wrap items-center gap-2">
                  <TagBadges tags={e.tags} />
                  <span className="text-xs text-slate-500">发布于 {formatDate(e.publishedAt)}</span>
                </div>
                <h2 className="mt-2 text-base font-semibold whitespace-pre-wrap text-slate-900">
                  问：{e.question}
                </h2>
                <p className="mt-2 text-sm leading-6 whitespace-pre-wrap text-slate-700">
                  答：{e.answer}
                </p>
              </article>
            </Card>
          ))}
        </div>
      )}
      <Pagination
        page={f.page}
        pages={data.pages}
        total={data.total}
        basePath="/consult/faq"
        params={{ q: f.q, tag: f.tag, sort: f.sort, dir: f.dir }}
      />
    </>
  );
}
