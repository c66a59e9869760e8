import Link from "next/link";
import type { Metadata } from "next";
import { ResponseRate } from "@/components/pulse/rate";
import { ActionButton } from "@/components/ui/action-button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { closePulseRound } from "@/lib/pulse/actions";
import { listPulseRounds, seesResults } from "@/lib/pulse/queries";
import { RoundListFilter } from "@/lib/pulse/schemas";
import { lastOpenInstant } from "@/lib/pulse/window";

export const metadata: Metadata = { title: "思想状况测评" };

type Round = Awaited<ReturnType<typeof listPulseRounds>>["current"][number];
const windowText = (r: Round) => `${formatDate(r.opensAt)} 至 ${formatDate(lastOpenInstant(r.closesAt))}`;

export default async function PulsePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePagePermission(["pulse.answer", "pulse.manage"], "/pulse");
  const { page } = RoundListFilter.parse(await searchParams);
  const data = await listPulseRounds(user, page);
  const manage = can(user.roles, "pulse.manage");
  const results = seesResults(user.roles);
  return (
    <>
      <PageHeader
        title="思想状况测评"
        description="匿名、定期的干警思想状况测评：只记录是否参加，不记录答卷是谁的；结果只按 5 人以上的群体汇总。"
        actions={manage ? <Link href="/pulse/new" className={buttonClass.primary}>新建测评</Link> : null}
      />
      <Card title="进行中的测评" className="mb-4">
        {data.current.length === 0 ? (
          <EmptyState title="目前没有进行中的测评" hint={manage ? "点击右上角“新建测评”发起一轮测评" : "政治处发起测评后会在这里显示"} />
        ) : (
          <Table caption="进行中和即将开始的测评">
            <thead><tr><Th>测评</Th><Th>时间</Th><Th>题数</Th>{results ? <Th>参与率</Th> : null}<Th>我的作答</Th>{manage ? <Th>管理</Th> : null}</tr></thead>
            <tbody className="divide-y divide-slate-100">
              {data.current.map((r) => (
                <tr key={r.id}>
                  <Td><span className="font-medium text-slate-900">{r.title}</span>{r.description ? <span className="block max-w-md text-xs text-slate-500">{r.description}</span> : null}</Td>
                  <Td className="whitespace-nowrap text-xs">{windowText(r)}</Td>
                  <Td>{r.questions}</Td>
                  {results ? <Td><ResponseRate responses={r.responses ?? 0} eligible={r.eligible} rate={r.rate ?? 0} label={`${r.title}参与率`} /></Td> : null}
                  <Td className="whitespace-nowrap">
                    {r.status === "UPCOMING" ? <Badge tone="gray">未开始</Badge>
                      : r.answered ? <Badge tone="green">已作答</Badge>
                      : <Link href={`/pulse/${r.id}`} className={`${buttonClass.primary} px-3 py-1`}>去作答</Link>}
                  </Td>
                  {manage ? (
                    <Td>
                      {r.status === "OPEN" ? (
                        <ActionButton action={closePulseRound} fields={{ id: r.id }} label="提前结束" variant="secondary"
                          confirm={`确定提前结束“${r.title}”吗？结束后干警不能再作答，测评也不能重新开启。`} />
                      ) : <span className="text-xs text-slate-500">—</span>}
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <Card title="已结束的测评">
        {data.closed.length === 0 ? (
          <EmptyState title="还没有已结束的测评" />
        ) : (
          <Table caption="已结束的测评，最近的在前">
            <thead><tr><Th>测评</Th><Th>时间</Th><Th>我的参与</Th>{results ? <><Th>参与率</Th><Th>结果</Th></> : null}</tr></thead>
            <tbody className="divide-y divide-slate-100">
              {data.closed.map((r) => (
                <tr key={r.id}>
                  <Td className="font-medium text-slate-900">{r.title}</Td>
                  <Td className="whitespace-nowrap text-xs">{windowText(r)}</Td>
                  <Td className="whitespace-nowrap">{r.answered ? <Badge tone="green">已参加</Badge> : <Badge tone="gray">未参加</Badge>}</Td>
                  {results ? (
                    <>
                      <Td><ResponseRate responses={r.responses ?? 0} eligible={r.eligible} rate={r.rate ?? 0} label={`${r.title}参与率`} /></Td>
                      <Td><Link href={`/pulse/${r.id}/results`} className={buttonClass.link}>查看结果</Link></Td>
                    </>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={page} pages={data.pages} total={data.total} basePath="/pulse" params={{}} />
      </Card>
      <p className="mt-3 text-xs text-slate-500">测评结束后，政治处和院领导可查看汇总结果；进行中的测评不显示结果，以免前后对比推算出个人答卷。</p>
    </>
  );
}
