import type { Metadata } from "next";
import Link from "next/link";

import { MeetingFilters } from "@/components/direction/meetings/meeting-filters";
import { MeetingTable } from "@/components/direction/meetings/meeting-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { DIRECTION_TEXT as T } from "@/lib/direction/labels";
import { listMeetings, meetingSortOf } from "@/lib/direction/meetings/list";
import { MeetingListFilter } from "@/lib/direction/meetings/schemas";
import { listDirectionYears } from "@/lib/direction/queries";
import { withParams } from "@/lib/list-sort";

export const metadata: Metadata = { title: "会议纪要" };

export default async function MeetingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("direction.read", "/direction/meetings");
  const params = await searchParams;
  const filter = MeetingListFilter.parse(params);
  const [years, data] = await Promise.all([listDirectionYears(), listMeetings(user, filter)]);
  const manage = can(user.roles, "direction.manage");
  const filtered = filter.year || filter.type || filter.q || filter.mine;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/direction" className="text-brand-700 hover:underline">
          ← {T.title}
        </Link>
      </p>
      <PageHeader
        title="会议纪要"
        description="党组会、院务会、全院干警大会、集中座谈会、思想状况分析会的纪要和决定事项"
        actions={
          manage ? (
            <Link href="/direction/meetings/new" className={buttonClass.primary}>
              {T.newMeeting}
            </Link>
          ) : null
        }
      />
      <Card>
        <MeetingFilters filter={filter} years={years} />
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 次会议</span>
          {data.total > 0 ? (
            <ExportButton href={`/direction/meetings/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {data.rows.length ? (
          <MeetingTable rows={data.rows} sort={meetingSortOf(filter)} params={params} />
        ) : filtered ? (
          <EmptyState title="没有符合条件的会议" hint="请调整或清除筛选条件。" />
        ) : (
          <EmptyState
            title="尚无会议记录"
            hint={manage ? T.noMeetingsHint : T.noMeetingsHintReader}
          />
        )}
        <Pagination
          page={filter.page}
          pages={data.pages}
          total={data.total}
          basePath="/direction/meetings"
          params={{
            year: filter.year?.toString(),
            type: filter.type,
            q: filter.q,
            mine: filter.mine,
            sort: filter.sort,
            dir: filter.dir,
          }}
        />
      </Card>
    </>
  );
}
