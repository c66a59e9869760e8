import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ScoreGrid } from "@/components/quota/score-grid";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { getRound, getScoreGrid, GRID_PER_PAGE, isRegistrant } from "@/lib/quota/queries";
import { QuotaPage } from "@/lib/quota/schemas";

export const metadata: Metadata = { title: "录入遴选成绩" };

export default async function QuotaScoresPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const user = await requirePagePermission("quota.manage", "/quota/[id]/scores");
  const { page } = QuotaPage.parse(await searchParams);
  const [round, grid, recused] = await Promise.all([
    getRound(id),
    getScoreGrid(user, id, page),
    isRegistrant(id, user.id),
  ]);
  if (!round || !grid) notFound();
  if (recused) {
    return (
      <>
        <PageHeader
          title={`成绩：${round.title}`}
          actions={
            <Link href={`/quota/${round.id}`} className={buttonClass.secondary}>
              返回遴选
            </Link>
          }
        />
        <Card>
          <EmptyState
            title="您已报名本轮遴选，按回避规定不能查看或录入本轮成绩"
            hint="本轮的评分、公示和结果由政治处其他同志办理"
          />
        </Card>
      </>
    );
  }
  const editable = round.status === "SCORING";
  const started = round.status !== "REGISTRATION";
  return (
    <>
      <PageHeader
        title={`${editable ? "录入成绩" : "成绩明细"}：${round.title}`}
        description={
          editable
            ? `报名 ${round.registrants} 人，每页最多 ${GRID_PER_PAGE} 人，逐页保存。各项成绩不得超过该项满分。`
            : "公示已发布，成绩不能再修改。"
        }
        actions={
          <Link href={`/quota/${round.id}`} className={buttonClass.secondary}>
            返回遴选
          </Link>
        }
      />
      <Card>
        {!started ? (
          <EmptyState title="尚未开始评分" hint="请先在遴选页“结束报名，开始评分”" />
        ) : grid.rows.length === 0 ? (
          <EmptyState title="尚无报名人员" />
        ) : (
          <ScoreGrid
            roundId={round.id}
            components={round.components}
            readOnly={!editable}
            rows={grid.rows.map((r) => ({
              id: r.id,
              name: r.user.realName,
              department: r.user.department?.name ?? "—",
              totalCenti: r.totalCenti,
              rank: r.rank,
              scores: r.scores,
            }))}
          />
        )}
        {started ? (
          <Pagination
            page={page}
            pages={grid.pages}
            total={grid.total}
            basePath={`/quota/${round.id}/scores`}
            params={{}}
          />
        ) : null}
      </Card>
    </>
  );
}
