import Link from "next/link";

import { Card, EmptyState } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { SortTh } from "@/components/ui/sort-th";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { SessionUser } from "@/lib/auth/session";
import { listConsultations } from "@/lib/consult/queries";
import {
  CHANNEL_LABELS,
  ConsultListFilter,
  STATUS_LABELS,
  TAG_LABELS,
} from "@/lib/consult/schemas";
import { formatDateTime } from "@/lib/format";
import { withParams } from "@/lib/list-sort";

import { ChannelText, SlaBadge, TagBadges } from "./labels";
import { CONSULT_STATUS_TONES } from "./tones";

type Search = Record<string, string | undefined>;

/** Every consultation, filtered by status, topic and channel, searched by asker or topic, sortable. */
export async function AllView({ user, sp }: { user: SessionUser; sp: Search }) {
  const f = ConsultListFilter.parse(sp);
  const data = await listConsultations(user, f);
  const now = new Date();
  const sort = {
    key: f.sort ?? "askedAt",
    dir: f.dir ?? (!f.sort || f.sort === "askedAt" ? "desc" : "asc"),
  } as const;
  const sortable = { sort, basePath: "/consult", params: { ...sp, tab: "all" } };
  return (
    <Card>
      <FilterBar
        label="筛选咨询"
        clearHref="/consult?tab=all"
        columns={5}
        hidden={{ tab: "all", sort: f.sort ?? "", dir: f.dir ?? "" }}
      >
        <FilterInput
          label="关键词"
          name="q"
          type="search"
          value={f.q}
          placeholder="咨询人姓名或主题"
        />
        <FilterSelect label="状态" name="status" value={f.status} options={STATUS_LABELS} />
        <FilterSelect label="主题" name="tag" value={f.tag} options={TAG_LABELS} />
        <FilterSelect label="渠道" name="channel" value={f.channel} options={CHANNEL_LABELS} />
      </FilterBar>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
        <span>共 {data.total} 件咨询</span>
        {data.total > 0 ? (
          <ExportButton href={`/consult/export${withParams({ ...sp, tab: "all" }, {})}`} />
        ) : null}
      </div>
      {data.rows.length === 0 ? (
        <EmptyState title="没有符合条件的咨询" />
      ) : (
        <Table caption="全部咨询">
          <thead>
            <tr>
              <Th>咨询内容</Th>
              <Th>主题</Th>
              <SortTh label="渠道" column="channel" {...sortable} />
              <SortTh label="咨询人" column="asker" {...sortable} />
              <SortTh label="咨询时间" column="askedAt" {...sortable} />
              <SortTh label="状态" column="status" {...sortable} />
              <Th>时效</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.rows.map((r) => (
              <tr key={r.id}>
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
                <Td className="whitespace-nowrap">{r.asker.realName}</Td>
                <Td className="text-xs whitespace-nowrap">{formatDateTime(r.askedAt)}</Td>
                <Td>
                  <StatusBadge
                    status={r.status}
                    labels={STATUS_LABELS}
                    tones={CONSULT_STATUS_TONES}
                  />
                </Td>
                <Td>
                  <SlaBadge askedAt={r.askedAt} answeredAt={r.answeredAt} now={now} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination
        page={f.page}
        pages={data.pages}
        total={data.total}
        basePath="/consult"
        params={{
          tab: "all",
          q: f.q,
          sort: f.sort,
          dir: f.dir,
          status: f.status,
          tag: f.tag,
          channel: f.channel,
        }}
      />
    </Card>
  );
}
