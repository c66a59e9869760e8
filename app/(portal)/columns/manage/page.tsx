import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ColumnForm } from "@/components/columns/column-form";
import { ActionButton } from "@/components/ui/action-button";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { deleteColumn } from "@/lib/columns/actions";
import { listColumnsForManage } from "@/lib/columns/queries";

export const metadata: Metadata = { title: "管理专栏" };

export default async function ManageColumnsPage() {
  const user = await requirePagePermission("column.manage", "/columns/manage");
  const columns = await listColumnsForManage(user);
  if (!columns) notFound();
  return (
    <>
      <nav aria-label="位置" className="mb-2 text-sm text-slate-500">
        <Link href="/columns" className="hover:underline">
          专栏
        </Link>{" "}
        / 管理
      </nav>
      <PageHeader title="管理专栏" description="政治处维护专栏名称、路径标识、简介和排序。" />
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
