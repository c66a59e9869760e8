import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { JudgingBoard } from "@/components/culture/essays/judging-board";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { authorShownTo } from "@/lib/culture/essays/access";
import { boardSortOf } from "@/lib/culture/essays/board-list";
import { judgingBoard } from "@/lib/culture/essays/judging";
import { callPhase, ESSAY_MESSAGES, JUDGING_RULES } from "@/lib/culture/essays/labels";
import { getCall, myEntry } from "@/lib/culture/essays/queries";
import { EntryBoardFilter } from "@/lib/culture/essays/schemas";
import { withParams } from "@/lib/list-sort";

export const metadata: Metadata = { title: "征文评审" };

export default async function EssayJudgingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const user = await requirePagePermission(
    ["culture.participate", "culture.manage"],
    "/culture/essays/[id]/judging",
  );
  const f = EntryBoardFilter.parse(sp);
  const order = f.order === "rank" ? "rank" : "number";
  const call = await getCall(id);
  if (!call) notFound();
  const board = await judgingBoard(user, call, f);
  // Not a judge of this call (or not yet closed): the same 404 as a missing call.
  if (!board) notFound();
  const phase = callPhase(call, new Date());
  const recused = board.role === "MANAGER" && (await myEntry(user, call.id)) !== null;
  const awarding = board.role === "MANAGER" && phase === "CLOSED" && !recused;
  const basePath = `/culture/essays/${call.id}/judging`;
  const query = { q: f.q, sort: f.sort, dir: f.dir, order: f.order };
  return (
    <>
      <PageHeader
        title={`评审：${call.title}`}
        description={JUDGING_RULES}
        actions={
          <Link href={`/culture/essays/${call.id}`} className={buttonClass.secondary}>
            返回征文
          </Link>
        }
      />
      <Card
        title={`参评作品 ${board.total} 篇 · 我已评 ${board.progress.done} 篇，待评 ${board.progress.todo} 篇`}
        actions={
          <div className="flex gap-3 text-sm">
            <Link
              href={`/culture/essays/${call.id}/judging`}
              className={order === "number" ? "font-semibold" : buttonClass.link}
            >
              按编号
            </Link>
            <Link
              href={`/culture/essays/${call.id}/judging?order=rank`}
              className={order === "rank" ? "font-semibold" : buttonClass.link}
            >
              按排名
            </Link>
          </div>
        }
      >
        {phase === "OPEN" || phase === "UPCOMING" ? (
          <p className="mb-3 text-sm text-amber-700">{ESSAY_MESSAGES.notJudging}</p>
        ) : null}
        {recused ? <p className="mb-3 text-sm text-amber-700">{ESSAY_MESSAGES.recused}</p> : null}
        <FilterBar
          label="搜索参评作品"
          clearHref={basePath}
          hidden={{ sort: f.sort ?? "", dir: f.dir ?? "", order: f.order ?? "" }}
        >
          <FilterInput
            label="关键词"
            name="q"
            type="search"
            value={f.q}
            placeholder={board.named ? "作品标题、作者或部门" : "作品标题"}
          />
        </FilterBar>
        {board.total > 0 ? (
          <div className="mb-3 flex justify-end">
            <ExportButton href={`${basePath}/export${withParams(query, {})}`} />
          </div>
        ) : null}
        {board.total === 0 ? (
          <EmptyState
            title={f.q ? "没有符合条件的作品" : "还没有作品"}
            hint={f.q ? "请调整或清除关键词。" : "征集期内干警提交的作品会出现在这里"}
          />
        ) : (
          <JudgingBoard
            callId={call.id}
            rows={board.rows}
            named={authorShownTo(user, call)}
            awarding={awarding}
            showAwards={board.role === "MANAGER" || phase === "PUBLISHED"}
            sortable={{ sort: boardSortOf(f, board.named), basePath, params: query }}
          />
        )}
        <Pagination
          page={f.page}
          pages={board.pages}
          total={board.total}
          basePath={basePath}
          params={query}
        />
      </Card>
    </>
  );
}
