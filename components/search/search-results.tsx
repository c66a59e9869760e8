import Link from "next/link";

import { Badge, Card, EmptyState } from "@/components/ui/card";
import type { SearchResults } from "@/lib/search/queries";

import { CONFIDENTIAL_KINDS, hitsOf, KIND_LABELS } from "./hits";

/**
 * The results, grouped by kind: a summary line with a jump link per kind,
 * then one card per kind with its first hits, each linking to its record,
 * and a link to the whole filtered list (the list's own ?q=).
 */
export function SearchResultsView({ results }: { results: SearchResults }) {
  const { q, groups, searched } = results;
  if (groups.length === 0)
    return (
      <EmptyState
        title={`没有找到与“${q}”相关的内容`}
        hint={`已在您有权查看的范围内搜索：${searched.map((k) => KIND_LABELS[k].title).join("、") || "无"}。`}
      />
    );
  const total = groups.reduce((n, g) => n + g.total, 0);
  return (
    <div className="space-y-4">
      <nav aria-label="结果分类" className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600">
          共找到 {total} 条结果，分 {groups.length} 类：
        </span>
        {groups.map((g) => (
          <a
            key={g.kind}
            href={`#search-${g.kind}`}
            className="rounded-full border border-slate-200 bg-white px-2.5 py-0.5 text-slate-700 hover:border-brand-600 hover:text-brand-700"
          >
            {KIND_LABELS[g.kind].title} <span className="tabular-nums">{g.total}</span>
          </a>
        ))}
      </nav>
      {groups.map((g) => {
        const label = KIND_LABELS[g.kind];
        const hits = hitsOf(g);
        return (
          <Card
            key={g.kind}
            id={`search-${g.kind}`}
            title={
              <span className="flex items-center gap-2">
                {label.title}
                <span className="text-sm font-normal text-slate-500 tabular-nums">
                  （{g.total}）
                </span>
                {CONFIDENTIAL_KINDS.has(g.kind) ? <Badge tone="red">保密</Badge> : null}
              </span>
            }
            actions={
              g.more ? (
                <Link
                  href={g.more}
                  prefetch={false}
                  className="text-sm text-brand-700 hover:underline"
                >
                  在“{label.list}”中查看全部 {g.total} 条
                </Link>
              ) : null
            }
          >
            <ul className="divide-y divide-slate-100" aria-label={`${label.title}搜索结果`}>
              {hits.map((h) => (
                <li key={h.id} className="py-2 first:pt-0 last:pb-0">
                  {h.href ? (
                    <Link
                      href={h.href}
                      prefetch={false}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {h.title}
                    </Link>
                  ) : (
                    <span className="font-medium text-slate-800">{h.title}</span>
                  )}
                  {h.meta.length > 0 ? (
                    <p className="mt-0.5 text-xs text-slate-500">{h.meta.join(" · ")}</p>
                  ) : null}
                </li>
              ))}
            </ul>
            {g.total > hits.length ? (
              <p className="mt-2 text-xs text-slate-500">
                仅显示前 {hits.length} 条，{g.more ? "其余请在列表中查看" : "请输入更完整的关键词"}
                。
              </p>
            ) : null}
          </Card>
        );
      })}
    </div>
  );
}
