import Link from "next/link";
import type { Metadata } from "next";
import { AskForm } from "@/components/consult/ask-form";
import { ConsultLinks } from "@/components/consult/consult-nav";
import { ChannelText, SlaBadge, TagBadges } from "@/components/consult/labels";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { requirePagePermission, type SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listConsultations, listMyConsultations, listQueue } from "@/lib/consult/queries";
import { CHANNEL_LABELS, ConsultListFilter, STATUS_LABELS, TAG_LABELS } from "@/lib/consult/schemas";
import { slaStatus } from "@/lib/consult/sla";
import { formatDateTime } from "@/lib/format";
import { page as pageField } from "@/lib/forms/fields";
import { CONSULT_STATUS_TONES } from "@/components/consult/tones";
import { StatusBadge } from "@/components/ui/status-badge";

export const metadata: Metadata = { title: "改革咨询" };

type Search = Record<string, string | undefined>;

export default async function ConsultPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePagePermission("consult.ask", "/consult");
  const sp = await searchParams;
  const canAnswer = can(user.roles, "consult.answer");
  const canStats = canAnswer || can(user.roles, "dashboard.leadership");
  const tab = canAnswer ? (sp.tab === "all" || sp.tab === "mine" ? sp.tab : "queue") : "mine";
  const tabs = [
    { key: "queue", label: "待答复队列" },
    { key: "all", label: "全部咨询" },
    { key: "mine", label: "我的咨询" },
  ];
  return (
    <>
      <PageHeader title="改革咨询" description="司法责任制改革政策咨询：政治处 24 小时点对点答复" actions={<ConsultLinks canAnswer={canAnswer} canStats={canStats} />} />
      {canAnswer ? (
        <nav aria-label="咨询视图" className="mb-4 flex gap-1 border-b border-slate-200">
          {tabs.map((t) => (
            <Link key={t.key} href={t.key === "queue" ? "/consult" : `/consult?tab=${t.key}`} aria-current={tab === t.key ? "page" : undefined}
              className={`-mb-px border-b-2 px-4 py-2 text-sm ${tab === t.key ? "border-brand-600 font-medium text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}>
              {t.label}
            </Link>
          ))}
        </nav>
      ) : null}
      {tab === "queue" ? <QueueView user={user} sp={sp} /> : tab === "all" ? <AllView user={user} sp={sp} /> : <MineView user={user} sp={sp} />}
    </>
  );
}

async function QueueView({ user, sp }: { user: SessionUser; sp: Search }) {
  const now = new Date();
  const page = pageField.parse(sp.page);
  const { rows, breached, total, pages } = await listQueue(user, now, page);
  return (
    <Card title={<>待答复队列 <span className="ml-2 text-sm font-normal text-slate-500">共 {total} 件，超时 <span className={breached ? "font-semibold text-red-700" : ""}>{breached}</span> 件</span></>}>
      {rows.length === 0 ? (
        <EmptyState title="暂无待答复的咨询" />
      ) : (
        <Table caption="待答复咨询，按等待时间从长到短排列">
          <thead><tr><Th>计时（24 小时）</Th><Th>咨询内容</Th><Th>主题</Th><Th>渠道</Th><Th>咨询人</Th><Th>咨询时间</Th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => {
              const late = slaStatus(r.askedAt, null, now).breached;
              return (
                <tr key={r.id} className={late ? "bg-red-50" : undefined}>
                  <Td><SlaBadge askedAt={r.askedAt} answeredAt={null} now={now} /></Td>
                  <Td><Link href={`/consult/${r.id}`} className="line-clamp-2 max-w-md text-brand-700 hover:underline">{r.question}</Link></Td>
                  <Td><TagBadges tags={r.tags.map((t) => t.tag)} /></Td>
                  <Td><ChannelText channel={r.channel} /></Td>
                  <Td className="whitespace-nowrap">{r.asker.realName}<span className="block text-xs text-slate-500">{r.asker.department?.name}</span></Td>
                  <Td className="whitespace-nowrap text-xs">{formatDateTime(r.askedAt)}</Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <Pagination page={page} pages={pages} total={total} basePath="/consult" params={{}} />
    </Card>
  );
}

async function AllView({ user, sp }: { user: SessionUser; sp: Search }) {
  const f = ConsultListFilter.parse(sp);
  const data = await listConsultations(user, f);
  const now = new Date();
  return (
    <Card>
      <form className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-5" role="search">
        <input type="hidden" name="tab" value="all" />
        <FilterSelect label="状态" name="status" value={f.status} options={STATUS_LABELS} />
        <FilterSelect label="主题" name="tag" value={f.tag} options={TAG_LABELS} />
        <FilterSelect label="渠道" name="channel" value={f.channel} options={CHANNEL_LABELS} />
        <div className="flex items-end gap-2">
          <button className={buttonClass.secondary} type="submit">筛选</button>
          <Link href="/consult?tab=all" className="pb-2 text-sm text-slate-500 hover:underline">清除</Link>
        </div>
      </form>
      {data.rows.length === 0 ? (
        <EmptyState title="没有符合条件的咨询" />
      ) : (
        <Table caption="全部咨询">
          <thead><tr><Th>咨询内容</Th><Th>主题</Th><Th>渠道</Th><Th>咨询人</Th><Th>咨询时间</Th><Th>状态</Th><Th>时效</Th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {data.rows.map((r) => (
              <tr key={r.id}>
                <Td><Link href={`/consult/${r.id}`} className="line-clamp-2 max-w-md text-brand-700 hover:underline">{r.question}</Link></Td>
                <Td><TagBadges tags={r.tags.map((t) => t.tag)} /></Td>
                <Td><ChannelText channel={r.channel} /></Td>
                <Td className="whitespace-nowrap">{r.asker.realName}</Td>
                <Td className="whitespace-nowrap text-xs">{formatDateTime(r.askedAt)}</Td>
                <Td><StatusBadge status={r.status} labels={STATUS_LABELS} tones={CONSULT_STATUS_TONES} /></Td>
                <Td><SlaBadge askedAt={r.askedAt} answeredAt={r.answeredAt} now={now} /></Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={f.page} pages={data.pages} total={data.total} basePath="/consult" params={{ tab: "all", status: f.status, tag: f.tag, channel: f.channel }} />
    </Card>
  );
}

function FilterSelect({ label, name, value, options }: { label: string; name: string; value?: string; options: Record<string, string> }) {
  return (
    <label className="text-sm">
      <span className="mb-1 block text-slate-600">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">全部</option>
        {Object.entries(options).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
      </select>
    </label>
  );
}

async function MineView({ user, sp }: { user: SessionUser; sp: Search }) {
  const page = ConsultListFilter.parse(sp).page;
  const data = await listMyConsultations(user, page);
  return (
    <div className="grid gap-4 lg:grid-cols-5">
      <Card title="我要咨询" className="lg:col-span-2"><AskForm /></Card>
      <Card title="我的咨询" className="lg:col-span-3">
        {data.rows.length === 0 ? (
          <EmptyState title="您还没有提交过咨询" hint="对入额、员额退出、职级、薪酬等改革政策有疑问，可在左侧提交" />
        ) : (
          <ul className="divide-y divide-slate-100">
            {data.rows.map((r) => (
              <li key={r.id} className="py-3 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <StatusBadge status={r.status} labels={STATUS_LABELS} tones={CONSULT_STATUS_TONES} />
                  <TagBadges tags={r.tags.map((t) => t.tag)} />
                  <span className="text-xs text-slate-500"><ChannelText channel={r.channel} /> · {formatDateTime(r.askedAt)}</span>
                  <Link href={`/consult/${r.id}`} className="ml-auto text-xs text-brand-700 hover:underline">详情</Link>
                </p>
                <p className="mt-1 whitespace-pre-wrap text-slate-800">{r.question}</p>
                {r.answer ? (
                  <div className="mt-2 rounded-md bg-green-50 px-3 py-2">
                    <p className="text-xs text-green-800">政治处答复 · {formatDateTime(r.answeredAt)}</p>
                    <p className="mt-1 whitespace-pre-wrap text-slate-800">{r.answer}</p>
                  </div>
                ) : <p className="mt-1"><Badge tone="amber">等待政治处答复</Badge></p>}
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} pages={data.pages} total={data.total} basePath="/consult" params={{ tab: can(user.roles, "consult.answer") ? "mine" : undefined }} />
      </Card>
    </div>
  );
}
