import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ResponseRate } from "@/components/pulse/rate";
import { GroupResults, OverallResults } from "@/components/pulse/results";
import { ActionButton } from "@/components/ui/action-button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { closePulseRound } from "@/lib/pulse/actions";
import { ROUND_STATUS_LABELS, WITHHELD_NOTES } from "@/lib/pulse/labels";
import { getRoundResults } from "@/lib/pulse/queries";
import { RoundListFilter } from "@/lib/pulse/schemas";
import { lastOpenInstant } from "@/lib/pulse/window";
import { requestMeta } from "@/lib/request";

export const metadata: Metadata = { title: "测评结果" };

export default async function PulseResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(
    ["pulse.manage", "dashboard.leadership"],
    "/pulse/[id]/results",
  );
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const { page } = RoundListFilter.parse(sp);
  const data = await getRoundResults(user, id, (await requestMeta()).ip, page);
  if (!data) notFound();
  const { round, results } = data;
  const figures = [
    { label: "状态", value: ROUND_STATUS_LABELS[data.status] },
    { label: "作答人数", value: `${data.responses} 人` },
    { label: "应参与人数", value: `${round.eligibleCount} 人`, hint: "创建时的在职干警人数" },
    { label: "题目", value: `${round.questions.length} 道` },
  ];
  return (
    <>
      <PageHeader
        title={`${round.title} · 结果`}
        description={`${formatDate(round.opensAt)} 至 ${formatDate(lastOpenInstant(round.closesAt))}`}
        actions={
          <Link href="/pulse" className={buttonClass.secondary}>
            返回测评列表
          </Link>
        }
      />
      <dl className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-5">
        {figures.map((f) => (
          <div key={f.label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-500">{f.label}</dt>
            <dd className="mt-1 text-xl font-bold text-slate-900">{f.value}</dd>
            {f.hint ? <dd className="text-xs text-slate-500">{f.hint}</dd> : null}
          </div>
        ))}
        <div className="col-span-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:col-span-1">
          <dt className="mb-2 text-sm text-slate-500">参与率</dt>
          <dd>
            <ResponseRate
              responses={data.responses}
              eligible={round.eligibleCount}
              rate={data.rate}
              label="参与率"
            />
          </dd>
        </div>
      </dl>
      {!results ? (
        <Card title="测评尚未结束">
          <p className="text-sm text-slate-700">
            结果在测评结束后显示：进行中的结果会随每份答卷变化，两次查看之差就是一个人的答卷。
          </p>
          {data.status === "OPEN" && can(user.roles, "pulse.manage") ? (
            <div className="mt-3">
              <ActionButton
                action={closePulseRound}
                fields={{ id: round.id }}
                label="提前结束"
                confirm={`确定提前结束“${round.title}”吗？结束后干警不能再作答，测评也不能重新开启。`}
              />
            </div>
          ) : null}
        </Card>
      ) : !results.masked.showTotal ? (
        <Card>
          <EmptyState title="不显示结果" hint={WITHHELD_NOTES.tooFew} />
        </Card>
      ) : (
        <>
          <OverallResults questions={round.questions} overall={results.overall} />
          <GroupResults
            questions={round.questions}
            masked={results.masked}
            departments={results.departments}
            ageGroups={results.ageGroups}
            departmentNames={results.departmentNames}
            departmentPopulations={results.departmentPopulations}
          />
          <Card title={`意见建议（${results.commentTotal} 条）`}>
            {results.comments.length === 0 ? (
              <EmptyState
                title={round.allowComment ? "本轮没有收到意见建议" : "本轮测评未收集意见建议"}
              />
            ) : (
              <ul className="divide-y divide-slate-100">
                {results.comments.map((c, i) => (
                  <li key={i} className="py-2 text-sm whitespace-pre-wrap text-slate-800">
                    {c}
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2 text-xs text-slate-500">
              意见建议不署名、不带部门和年龄层，按随机顺序排列。
            </p>
            {results.commentTotal > 0 ? (
              <Pagination
                page={page}
                pages={results.commentPages}
                total={results.commentTotal}
                basePath={`/pulse/${round.id}/results`}
                params={{}}
              />
            ) : null}
          </Card>
        </>
      )}
    </>
  );
}
