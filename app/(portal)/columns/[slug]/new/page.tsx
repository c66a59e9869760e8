import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ArticleForm } from "@/components/columns/article-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getColumnBySlug } from "@/lib/columns/queries";

export const metadata: Metadata = { title: "发布文章" };

export default async function NewArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requirePagePermission("column.manage", "/columns/[slug]/new");
  const column = await getColumnBySlug(user, slug);
  if (!column) notFound();
  return (
    <>
      <nav aria-label="位置" className="mb-2 text-sm text-slate-500">
        <Link href={`/columns/${column.slug}`} className="hover:underline">
          返回 {column.name}
        </Link>
      </nav>
      <PageHeader
        title="发布文章"
        description={`专栏：${column.name}。文章发布后全院可见，不另发通知。`}
      />
      <Card>
        <ArticleForm columnId={column.id} />
      </Card>
    </>
  );
}
