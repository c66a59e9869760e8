import type { Metadata } from "next";
import Link from "next/link";

import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { WorkQueue } from "@/components/workbench/queue";
import { requirePagePermission } from "@/lib/auth/session";
import { pageOf } from "@/lib/batches";
import { page as pageField } from "@/lib/forms/fields";
import { WORK_QUEUE_PER_PAGE } from "@/lib/work-items";
import { loadWorkbench, WORK_KIND_LABELS, WORK_KIND_LISTS } from "@/lib/workbench/queries";

export const metadata: Metadata = { title: "政治处工作台" };

export default async function WorkbenchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("workbench.view", "/workbench");
  const now = new Date();
  const w = await loadWorkbench(user, now);
  const shown = pageOf(w.queue, pageField.parse((await searchParams).page), WORK_QUEUE_PER_PAGE);
  return (
    <>
      <PageHeader
        title="政治处工作台"
        description="所有等待政治处处理的事项，按紧急程度排序：已超期的在前，其次是临近期限的，再次按等待时长。"
      />
      <section aria-label="各类待办数量" className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {w.counts.map((c) => (
          <Link
            key={c.kind}
            href={WORK_KIND_LISTS[c.kind]}
            prefetch={false}
            className={`min-w-0 rounded-lg border bg-white p-3 shadow-sm hover:shadow ${c.total > 0 ? "border-brand-100" : "border-slate-200"}`}
          >
            <span className="block text-sm text-slate-500">{WORK_KIND_LABELS[c.kind]}</span>
            <span
              className={`mt-1 block text-2xl font-bold tabular-nums ${c.total > 0 ? "text-brand-700" : "text-slate-500"}`}
            >
              {c.total}
            </span>
          </Link>
        ))}
      </section>
      <Card title="待办队列">
        <WorkQueue queue={shown.rows} now={now} />
        {shown.total > 0 ? (
          <Pagination
            page={shown.page}
            pages={shown.pages}
            total={shown.total}
            basePath="/workbench"
            params={{}}
            label="待办队列"
          />
        ) : null}
      </Card>
    </>
  );
}
