import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { TaskList } from "@/components/appraisal/task-list";
import { Card, PageHeader } from "@/components/ui/card";
import type { CycleState } from "@/lib/appraisal/labels";
import { getCycle, listMyTasks } from "@/lib/appraisal/queries";
import { allows } from "@/lib/appraisal/states";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "我的评分" };

export default async function AppraisalScorePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("appraisal.score", "/appraisal/[id]/score");
  const cycle = await getCycle(user, id);
  if (!cycle) notFound();
  const { named, peer } = await listMyTasks(user, cycle.id);
  const readOnly = !allows(cycle.status as CycleState, "score");
  const now = new Date();
  const done = (ts: typeof named) => ts.filter((t) => t.scoredAt).length;
  return (
    <>
      <PageHeader
        title={`${cycle.title} · 我的评分`}
        description={
          readOnly
            ? "考评不在打分阶段，评分只能查看。"
            : `评分截止：${formatDate(cycle.scoringDueAt)}。95 分及以上或 60 分以下须填写理由；不能为本人评分（回避）。`
        }
      />
      <Card title={`评分任务（已评 ${done(named)}/${named.length}）`} className="mb-4">
        <TaskList tasks={named} peer={false} readOnly={readOnly} now={now} />
      </Card>
      {peer.length > 0 ? (
        <Card title={`民主测评（已评 ${done(peer)}/${peer.length}）`} className="mb-4">
          <p className="mb-2 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-600">
            民主测评匿名汇总：系统只保存与您无法对应的令牌，不记录评分人；每人的得分取不少于 5
            位同事评分的平均分，任何人都看不到单个评分。
          </p>
          <TaskList tasks={peer} peer readOnly={readOnly} now={now} />
        </Card>
      ) : null}
    </>
  );
}
