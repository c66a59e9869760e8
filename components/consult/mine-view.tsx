import Link from "next/link";

import { Badge, Card, EmptyState } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { listMyConsultations } from "@/lib/consult/queries";
import { ConsultListFilter, STATUS_LABELS } from "@/lib/consult/schemas";
import { formatDateTime } from "@/lib/format";
import { withParams } from "@/lib/list-sort";

import { AskForm } from "./ask-form";
import { ChannelText, TagBadges } from "./labels";
import { CONSULT_STATUS_TONES } from "./tones";

type Search = Record<string, string | undefined>;

/** The asker's own questions and answers, beside the form to ask a new one; searched by topic. */
export async function MineView({ user, sp }: { user: SessionUser; sp: Search }) {
  const f = ConsultListFilter.parse(sp);
  const page = f.page;
  const data = await listMyConsultations(user, page, f);
  const tab = can(user.roles, "consult.answer") ? "mine" : undefined;
  const filtered = Boolean(f.q || f.status);
  return (
    <div className="grid gap-4 lg:grid-cols-5">
      <Card title="我要咨询" className="lg:col-span-2">
        <AskForm />
      </Card>
      <Card title="我的咨询" className="lg:col-span-3">
        <FilterBar
          label="筛选我的咨询"
          clearHref={tab ? "/consult?tab=mine" : "/consult"}
          columns={3}
          hidden={{ ...(tab ? { tab } : {}), sort: f.sort ?? "", dir: f.dir ?? "" }}
        >
          <FilterInput label="关键词" name="q" type="search" value={f.q} placeholder="咨询主题" />
          <FilterSelect label="状态" name="status" value={f.status} options={STATUS_LABELS} />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 件咨询</span>
          {data.total > 0 ? (
            <ExportButton href={`/consult/export${withParams({ ...sp, tab }, {})}`} />
          ) : null}
        </div>
        {data.rows.length === 0 ? (
          filtered ? (
            <EmptyState title="没有符合条件的咨询" hint="请调整或清除筛选条件。" />
          ) : (
            <EmptyState
              title="您还没有提交过咨询"
              hint="对入额、员额退出、职级、薪酬等改革政策有疑问，可在左侧提交"
            />
          )
        ) : (
          <ul className="divide-y divide-slate-100">
            {data.rows.map((r) => (
              <li key={r.id} className="py-3 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <StatusBadge
                    status={r.status}
                    labels={STATUS_LABELS}
                    tones={CONSULT_STATUS_TONES}
                  />
                  <TagBadges tags={r.tags.map((t) => t.tag)} />
                  <span className="text-xs text-slate-500">
                    <ChannelText channel={r.channel} /> · {formatDateTime(r.askedAt)}
                  </span>
                  <Link
                    href={`/consult/${r.id}`}
                    className="ml-auto text-xs text-brand-700 hover:underline"
                  >
                    详情
                  </Link>
                </p>
                <p className="mt-1 whitespace-pre-wrap text-slate-800">{r.question}</p>
                {r.answer ? (
                  <div className="mt-2 rounded-md bg-green-50 px-3 py-2">
                    <p className="text-xs text-green-800">
                      政治处答复 · {formatDateTime(r.answeredAt)}
                    </p>
                    <p className="mt-1 whitespace-pre-wrap text-slate-800">{r.answer}</p>
                  </div>
                ) : (
                  <p className="mt-1">
                    <Badge tone="amber">等待政治处答复</Badge>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={page}
          pages={data.pages}
          total={data.total}
          basePath="/consult"
          params={{ tab, q: f.q, sort: f.sort, dir: f.dir, status: f.status }}
        />
      </Card>
    </div>
  );
}
