import type { Metadata } from "next";
import Link from "next/link";

import { EventTable } from "@/components/culture/events/event-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listEvents } from "@/lib/culture/events/queries";
import { EventListFilter } from "@/lib/culture/events/schemas";

export const metadata: Metadata = { title: "集体活动" };

export default async function GroupEventsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission(
    ["culture.participate", "culture.manage"],
    "/culture/events",
  );
  const filter = EventListFilter.parse(await searchParams);
  const data = await listEvents(user, null, filter);
  const manage = can(user.roles, "culture.manage");
  const past = filter.when === "past";
  const tab = (when: string | undefined, label: string) => (
    <Link
      href={when ? `/culture/events?when=${when}` : "/culture/events"}
      aria-current={filter.when === when ? "page" : undefined}
      className={filter.when === when ? buttonClass.primary : buttonClass.secondary}
    >
      {label}
    </Link>
  );
  return (
    <>
      <PageHeader
        title="集体活动"
        description="全院性的徒步、文体等活动：报名设名额，报满进入候补名单，有人取消时按先后递补；活动后登记考勤，照片进入电子相册"
        actions={
          manage ? (
            <Link href="/culture/events/new" className={buttonClass.primary}>
              发布集体活动
            </Link>
          ) : null
        }
      />
      <Card>
        <nav aria-label="活动时间" className="mb-3 flex gap-2">
          {tab(undefined, "即将举行")}
          {tab("past", "往期活动")}
        </nav>
        {data.rows.length === 0 ? (
          <EmptyState
            title={past ? "还没有往期集体活动" : "近期没有集体活动"}
            hint={
              manage
                ? "点击右上角“发布集体活动”，设置时间、名额和报名截止时间"
                : past
                  ? undefined
                  : "政治处发布活动后会显示在这里，可查看往期活动"
            }
          />
        ) : (
          <EventTable rows={data.rows} caption={past ? "往期集体活动" : "即将举行的集体活动"} />
        )}
        <Pagination
          page={filter.page}
          pages={data.pages}
          total={data.total}
          basePath="/culture/events"
          params={{ when: filter.when }}
        />
      </Card>
    </>
  );
}
