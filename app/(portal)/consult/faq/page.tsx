import type { Metadata } from "next";
import Link from "next/link";

import { TagBadges } from "@/components/consult/labels";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/session";
import { listFaq } from "@/lib/consult/queries";
import { FaqFilter, TAG_LABELS, TAGS } from "@/lib/consult/schemas";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "政策解读" };

export default async function FaqPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePagePermission("consult.ask", "/consult/faq");
  const f = FaqFilter.parse(await searchParams);
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
          href="/consult/faq"
          className={chip(!f.tag)}
          aria-current={!f.tag ? "page" : undefined}
        >
          全部
        </Link>
        {TAGS.map((t) => (
          <Link
            key={t}
            href={`/consult/faq?tag=${t}`}
            className={chip(f.tag === t)}
            aria-current={f.tag === t ? "page" : undefined}
          >
            {TAG_LABELS[t]}
          </Link>
        ))}
      </nav>
      {data.rows.length === 0 ? (
        <EmptyState title="暂无政策解读" />
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
        params={{ tag: f.tag }}
      />
    </>
  );
}
