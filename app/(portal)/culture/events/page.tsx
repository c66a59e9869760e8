import type { Metadata } from "next";
import Link from "next/link";

import { EventTable } from "@/components/culture/events/event-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { eventSortOf, listEvents } from "@/lib/culture/events/queries";
import { EventListFilter } from "@/lib/culture/events/schemas";
import { withParams } from "@/lib/list-sort";

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
  const params = { when: filter.when, q: filter.q, sort: filter.sort, dir: filter.dir };
  const data = await listEvents(user, null, filter);
  const manage = can(user.roles, "culture.manage");
  const past = filter.when === "past";
  const sort = eventSortOf(filter);
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
        <FilterBar
          label="搜索集体活动"
          clearHref={filter.when ? `/culture/events?when=${filter.when}` : "/culture/events"}
          hidden={{ when: filter.when ?? "", sort: filter.sort ?? "", dir: filter.dir ?? "" }}
        >
          <FilterInput
            label="关键词"
            name="q"
            type="search"
            value={filter.q}
            placeholder="活动名称或地点"
          />
        </FilterBar>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
          <span>共 {data.total} 项活动</span>
          {data.total > 0 ? (
            <ExportButton href={`/culture/events/export${withParams(params, {})}`} />
          ) : null}
        </div>
        {data.rows.length === 0 ? (
          <EmptyState
            title={
              filter.q ? "没有符合条件的集体活动" : past ? "还没有往期集体活动" : "近期没有集体活动"
            }
            hint={
              manage
                ? "点击右上角“发布集体活动”，设置时间、名额和报名截止时间"
                : past
                  ? undefined
                  : "政治处发布活动后会显示在这里，可查看往期活动"
            }
          />
        ) : (
          <EventTable
            rows={data.rows}
            caption={past ? "往期集体活动" : "即将举行的集体活动"}
            sortable={{ sort, basePath: "/culture/events", params }}
          />
        )}
        <Pagination
          page={filter.page}
          pages={data.pages}
          total={data.total}
          basePath="/culture/events"
          params={params}
        />
      </Card>
    </>
  );
}
