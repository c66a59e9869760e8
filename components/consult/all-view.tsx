import Link from "next/link";

import { Card, EmptyState } from "@/components/ui/card";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
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

import { ChannelText, SlaBadge, TagBadges } from "./labels";
import { CONSULT_STATUS_TONES } from "./tones";

type Search = Record<string, string | undefined>;

/** Every consultation, filtered by status, topic and channel. */
export async function AllView({ user, sp }: { user: SessionUser; sp: Search }) {
  const f = ConsultListFilter.parse(sp);
  const data = await listConsultations(user, f);
  const now = new Date();
  return (
    <Card>
      <FilterBar label="筛选咨询" clearHref="/consult?tab=all" hidden={{ tab: "all" }}>
        <FilterSelect label="状态" name="status" value={f.status} options={STATUS_LABELS} />
        <FilterSelect label="主题" name="tag" value={f.tag} options={TAG_LABELS} />
        <FilterSelect label="渠道" name="channel" value={f.channel} options={CHANNEL_LABELS} />
      </FilterBar>
      {data.rows.length === 0 ? (
        <EmptyState title="没有符合条件的咨询" />
      ) : (
        <Table caption="全部咨询">
          <thead>
            <tr>
              <Th>咨询内容</Th>
              <Th>主题</Th>
              <Th>渠道</Th>
              <Th>咨询人</Th>
              <Th>咨询时间</Th>
              <Th>状态</Th>
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
        params={{ tab: "all", status: f.status, tag: f.tag, channel: f.channel }}
      />
    </Card>
  );
}
