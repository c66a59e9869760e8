import Link from "next/link";

import { Card, EmptyState } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { Table, Td, Th } from "@/components/ui/table";
import type { SessionUser } from "@/lib/auth/session";
import { listQueue } from "@/lib/consult/queries";
import { CHANNEL_LABELS, ConsultListFilter, TAG_LABELS } from "@/lib/consult/schemas";
import { slaStatus } from "@/lib/consult/sla";
import { formatDateTime } from "@/lib/format";
import { withParams } from "@/lib/list-sort";

import { ChannelText, SlaBadge, TagBadges } from "./labels";

type Search = Record<string, string | undefined>;

/** 政治处's queue of open questions, longest waiting first (or as sorted), with the 24-hour timer. */
export async function QueueView({ user, sp }: { user: SessionUser; sp: Search }) {
  const now = new Date();
  const f = ConsultListFilter.parse(sp);
  const page = f.page;
  const { rows, breached, total, pages } = await listQueue(user, now, page, f);
  const sort = {
    key: f.sort ?? "askedAt",
    dir: f.dir ?? "asc",
  } as const;
  const sortable = { sort, basePath: "/consult", params: sp };
  const filtered = Boolean(f.q || f.tag || f.channel);
  return (
    <Card
      title={
        <>
          待答复队列{" "}
          <span className="ml-2 text-sm font-normal text-slate-500">
            共 {total} 件，超时{" "}
            <span className={breached ? "font-semibold text-red-700" : ""}>{breached}</span> 件
          </span>
        </>
      }
    >
      <FilterBar
        label="筛选待答复咨询"
        clearHref="/consult"
        hidden={{ sort: f.sort ?? "", dir: f.dir ?? "" }}
      >
        <FilterInput
          label="关键词"
          name="q"
          type="search"
          value={f.q}
          placeholder="咨询人姓名或主题"
        />
        <FilterSelect label="主题" name="tag" value={f.tag} options={TAG_LABELS} />
        <FilterSelect label="渠道" name="channel" value={f.channel} options={CHANNEL_LABELS} />
      </FilterBar>
      {total > 0 ? (
        <div className="mb-3 flex justify-end">
          <ExportButton href={`/consult/export${withParams(sp, {})}`} />
        </div>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "没有符合条件的待答复咨询" : "暂无待答复的咨询"} />
      ) : (
        <Table caption="待答复咨询">
          <thead>
            <tr>
              <Th>计时（24 小时）</Th>
              <Th>咨询内容</Th>
              <Th>主题</Th>
              <SortTh label="渠道" column="channel" {...sortable} />
              <SortTh label="咨询人" column="asker" {...sortable} />
              <SortTh label="咨询时间" column="askedAt" {...sortable} />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => {
              const late = slaStatus(r.askedAt, null, now).breached;
              return (
                <tr key={r.id} className={late ? "bg-red-50" : undefined}>
                  <Td>
                    <SlaBadge askedAt={r.askedAt} answeredAt={null} now={now} />
                  </Td>
                  <Td>
                    <Link
                      href={`/consult/${r.id}`}
                      className="line-clamp-2 max-w-md text-brand-700 hover:underline"
                    >
                      {r.question}
                    </Link>
                  </Td>
                  <Td>
                    <TagBadges tags={r.tags.map((t) => t.tag)} />
                  </Td>
                  <Td>
                    <ChannelText channel={r.channel} />
                  </Td>
                  <Td className="whitespace-nowrap">
                    {r.asker.realName}
                    <span className="block text-xs text-slate-500">{r.asker.department?.name}</span>
                  </Td>
                  <Td className="text-xs whitespace-nowrap">{formatDateTime(r.askedAt)}</Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <Pagination
        page={page}
        pages={pages}
        total={total}
        basePath="/consult"
        params={{ q: f.q, sort: f.sort, dir: f.dir, tag: f.tag, channel: f.channel }}
      />
    </Card>
  );
}
