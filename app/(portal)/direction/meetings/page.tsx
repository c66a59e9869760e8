import type { Metadata } from "next";
import Link from "next/link";

import { MeetingFilters } from "@/components/direction/meetings/meeting-filters";
import { MeetingList } from "@/components/direction/meetings/meeting-list";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { DIRECTION_TEXT as T } from "@/lib/direction/labels";
import { listMeetings } from "@/lib/direction/meetings/queries";
import { MeetingListFilter } from "@/lib/direction/meetings/schemas";
import { listDirectionYears } from "@/lib/direction/queries";

export const metadata: Metadata = { title: "会议纪要" };

export default async function MeetingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("direction.read", "/direction/meetings");
  const filter = MeetingListFilter.parse(await searchParams);
  const [years, data] = await Promise.all([listDirectionYears(), listMeetings(filter)]);
  const manage = can(user.roles, "direction.manage");
  const filtered = filter.year || filter.type;
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
        {data.rows.length ? (
          <MeetingList items={data.rows} />
        ) : filtered ? (
          <EmptyState title="没有符合条件的会议" hint="换一个年度或会议类型，或选择“全部年度”" />
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
          params={{ year: filter.year?.toString(), type: filter.type }}
        />
      </Card>
    </>
  );
}
