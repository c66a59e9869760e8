import type { Metadata } from "next";
import Link from "next/link";

import { ResponseRate } from "@/components/pulse/rate";
import { RoundTable } from "@/components/pulse/round-table";
import { ActionButton } from "@/components/ui/action-button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { withParams } from "@/lib/list-sort";
import { closePulseRound } from "@/lib/pulse/actions";
import { ROUND_STATUS_LABELS } from "@/lib/pulse/labels";
import { listPulseRoundTable, roundSortOf } from "@/lib/pulse/list";
import { listPulseRounds, seesResults } from "@/lib/pulse/queries";
import { PulseRoundListFilter, ROUND_STATUSES } from "@/lib/pulse/schemas";
import { lastOpenInstant } from "@/lib/pulse/window";

export const metadata: Metadata = { title: "思想状况测评" };

type Round = Awaited<ReturnType<typeof listPulseRounds>>["current"][number];
const windowText = (r: Round) =>
  `${formatDate(r.opensAt)} 至 ${formatDate(lastOpenInstant(r.closesAt))}`;

export default async function PulsePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(["pulse.answer", "pulse.manage"], "/pulse");
  const params = await searchParams;
  const f = PulseRoundListFilter.parse(params);
  const [data, list] = await Promise.all([listPulseRounds(user, 1), listPulseRoundTable(user, f)]);
  const manage = can(user.roles, "pulse.manage");
  const results = seesResults(user.roles);
  const sortable = { sort: roundSortOf(user, f), basePath: "/pulse", params };
  const filtered = Boolean(f.q || f.status);
  return (
    <>
      <PageHeader
        title="思想状况测评"
        description="匿名、定期的干警思想状况测评：只记录是否参加，不记录答卷是谁的；结果只按 5 人以上的群体汇总。"
        actions={
          manage ? (
            <Link href="/pulse/new" className={buttonClass.primary}>
              新建测评
            </Link>
          ) : null
        }
      />
      <Card title="进行中的测评" className="mb-4">
        {data.current.length === 0 ? (
          <EmptyState
            title="目前没有进行中的测评"
            hint={manage ? "点击右上角“新建测评”发起一轮测评" : "政治处发起测评后会在这里显示"}
          />
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="进行中和即将开始的测评">
            {data.current.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-x-6 gap-y-3 py-3">
                <div className="min-w-0 flex-1 basis-64">
                  <p className="font-medium text-slate-900">{r.title}</p>
                  <p className="text-xs text-slate-500">
                    {windowText(r)} · {r.questions} 题
                  </p>
                  {r.description ? (
                    <p className="mt-1 text-xs text-slate-600">{r.description}</p>
                  ) : null}
                </div>
                {results ? (
                  <div className="w-full sm:w-64">
                    <ResponseRate
                      responses={r.responses ?? 0}
                      eligible={r.eligible}
                      rate={r.rate ?? 0}
                      label={`${r.title}参与率`}
                    />
                  </div>
                ) : null}
                <div className="flex items-center gap-3">
                  {r.status === "UPCOMING" ? (
                    <Badge tone="gray">未开始</Badge>
                  ) : r.answered ? (
                    <Badge tone="green">已作答</Badge>
                  ) : (
                    <Link href={`/pulse/${r.id}`} className={`${buttonClass.primary} px-3 py-1`}>
                      去作答
                    </Link>
                  )}
                  {manage && r.status === "OPEN" ? (
                    <ActionButton
                      action={closePulseRound}
                      fields={{ id: r.id }}
                      label="提前结束"
                      confirm={`确定提前结束“${r.title}”吗？结束后干警不能再作答，测评也不能重新开启。`}
                    />
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="全部测评" className="mb-4">
        <FilterBar
          label="筛选测评"
          clearHref="/pulse"
          columns={3}
          hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
        >
          <FilterInput label="关键词" name="q" type="search" value={f.q} placeholder="测评名称" />
          <FilterSelect
            label="状态"
            name="status"
            value={f.status}
            options={ROUND_STATUSES.map((s) => ({ value: s, label: ROUND_STATUS_LABELS[s] }))}
          />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {list.total} 轮测评</span>
          {results && list.total > 0 ? (
            <ExportButton href={`/pulse/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {list.rows.length === 0 ? (
          <EmptyState title={filtered ? "没有符合条件的测评" : "还没有测评"} />
        ) : (
          <RoundTable rows={list.rows} results={results} sortable={sortable} />
        )}
        <Pagination
          page={f.page}
          pages={list.pages}
          total={list.total}
          basePath="/pulse"
          params={{ q: f.q, status: f.status, sort: f.sort, dir: f.dir }}
        />
      </Card>
      <p className="mt-3 text-xs text-slate-500">
        测评结束后，政治处和院领导可查看汇总结果；进行中的测评不显示结果，以免前后对比推算出个人答卷。
      </p>
    </>
  );
}
