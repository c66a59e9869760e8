import Link from "next/link";

import { Card, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import type { SessionUser } from "@/lib/auth/session";
import { listQueue } from "@/lib/consult/queries";
import { slaStatus } from "@/lib/consult/sla";
import { formatDateTime } from "@/lib/format";
import { page as pageField } from "@/lib/forms/fields";

import { ChannelText, SlaBadge, TagBadges } from "./labels";

type Search = Record<string, string | undefined>;

/** 政治处's queue of open questions, longest waiting first, with the 24-hour timer. */
export async function QueueView({ user, sp }: { user: SessionUser; sp: Search }) {
  const now = new Date();
  const page = pageField.parse(sp.page);
  const { rows, breached, total, pages } = await listQueue(user, now, page);
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
      {rows.length === 0 ? (
        <EmptyState title="暂无待答复的咨询" />
      ) : (
        <Table caption="待答复咨询，按等待时间从长到短排列">
          <thead>
            <tr>
              <Th>计时（24 小时）</Th>
              <Th>咨询内容</Th>
              <Th>主题</Th>
              <Th>渠道</Th>
              <Th>咨询人</Th>
              <Th>咨询时间</Th>
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
      <Pagination page={page} pages={pages} total={total} basePath="/consult" params={{}} />
    </Card>
  );
}
