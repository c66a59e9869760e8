import type { Metadata } from "next";

import { SearchResultsView } from "@/components/search/search-results";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { SEARCH_PERMISSIONS, searchAll } from "@/lib/search/queries";
import { parseSearchQuery, SEARCH_MAX } from "@/lib/search/schemas";

export const metadata: Metadata = { title: "全站搜索" };

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission(SEARCH_PERMISSIONS, "/search");
  const params = await searchParams;
  const asked = params.q !== undefined;
  const input = parseSearchQuery(params.q);
  const results = input.ok ? await searchAll(user, input.q) : null;
  return (
    <>
      <PageHeader
        title="全站搜索"
        description="按姓名、标题或编号搜索您有权查看的人员和记录。保密记录的命中将记入审计日志。"
      />
      <Card className="mb-4">
        <form
          action="/search"
          method="get"
          role="search"
          aria-label="搜索页"
          className="flex flex-wrap items-end gap-2"
        >
          <label className="min-w-0 flex-1 text-sm">
            <span className="mb-1 block font-medium text-slate-700">搜索内容</span>
            <input
              name="q"
              type="search"
              defaultValue={input.q}
              maxLength={SEARCH_MAX}
              placeholder="姓名、标题或编号"
              aria-invalid={asked && !input.ok ? true : undefined}
              aria-describedby={asked && !input.ok ? "search-error" : undefined}
              className={inputClass}
            />
          </label>
          <button type="submit" className={buttonClass.primary}>
            搜索
          </button>
        </form>
        {!input.ok ? (
          asked ? (
            <p id="search-error" role="alert" className="mt-2 text-sm text-red-700">
              {input.message}
            </p>
          ) : (
            <p className="mt-2 text-sm text-slate-500">
              输入关键词后按回车。在任意页面按 / 或 Ctrl+K 可直接跳到页首的搜索框。
            </p>
          )
        ) : null}
      </Card>
      {results ? <SearchResultsView results={results} /> : null}
    </>
  );
}
