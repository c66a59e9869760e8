import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ClubLogForm } from "@/components/culture/clubs/club-log-form";
import {
  ClubLogList,
  MembershipPanel,
  MemberTable,
  OfficerList,
  PendingRequests,
} from "@/components/culture/clubs/club-sections";
import { OfficerForm } from "@/components/culture/clubs/officer-form";
import { EventTable } from "@/components/culture/events/event-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ExportButton } from "@/components/ui/export-button";
import { FilterBar, FilterInput } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getClub } from "@/lib/culture/clubs/queries";
import { ClubDetailFilter } from "@/lib/culture/clubs/schemas";
import { eventSortOf, listEvents } from "@/lib/culture/events/queries";
import { EventListFilter } from "@/lib/culture/events/schemas";
import { formatDate } from "@/lib/format";
import { withParams } from "@/lib/list-sort";

export const metadata: Metadata = { title: "社团" };

/** A club: charter, officers, the viewer's membership, requests (officers), events, members, log. */
export default async function ClubPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const user = await requirePagePermission(
    ["culture.participate", "culture.manage"],
    "/culture/clubs/[id]",
  );
  const sp = await searchParams;
  const filter = ClubDetailFilter.parse(sp);
  // The events table's query: ?when=, ?q=, ?sort=, ?dir=, ?evPage= (the members list has ?page=).
  const evFilter = EventListFilter.parse({
    when: sp.when,
    q: sp.q,
    sort: sp.sort,
    dir: sp.dir,
    page: sp.evPage,
  });
  const club = await getClub(user, id, filter);
  if (!club) notFound();
  const events = await listEvents(user, club.id, evFilter);
  const manage = can(user.roles, "culture.manage");
  const base = `/culture/clubs/${club.id}`;
  const evParams = { when: evFilter.when, q: evFilter.q, sort: evFilter.sort, dir: evFilter.dir };
  const keep = { ...evParams, evPage: sp.evPage, page: sp.page, logPage: sp.logPage };
  const past = evFilter.when === "past";
  return (
    <>
      <PageHeader
        title={club.name}
        description={`成立于 ${formatDate(club.foundedOn)} · 在册成员 ${club.members.total} 人`}
        actions={
          <Link href="/culture/clubs" className={buttonClass.secondary}>
            返回社团列表
          </Link>
        }
      />
      <div className="space-y-4">
        <Card title="社团章程">
          <p className="text-sm whitespace-pre-wrap text-slate-700">{club.charter}</p>
          <div className="mt-4 space-y-3 border-t border-slate-100 pt-3">
            <div>
              <h3 className="mb-1 text-sm font-medium text-slate-700">负责人</h3>
              <OfficerList club={club} manage={manage} />
            </div>
            {manage ? <OfficerForm clubId={club.id} members={club.members.rows} /> : null}
            <MembershipPanel club={club} />
          </div>
        </Card>
        {club.officer ? (
          <Card title={`入社申请（${club.pending.length}）`}>
            <PendingRequests club={club} />
          </Card>
        ) : null}
        <Card
          id="events"
          title="社团活动"
          actions={
            club.officer ? (
              <Link href={`${base}/events/new`} className={buttonClass.primary}>
                发布社团活动
              </Link>
            ) : null
          }
        >
          <nav aria-label="活动时间" className="mb-3 flex gap-2">
            <Link
              href={`${base}#events`}
              aria-current={past ? undefined : "page"}
              className={past ? buttonClass.secondary : buttonClass.primary}
            >
              即将举行
            </Link>
            <Link
              href={`${base}?when=past#events`}
              aria-current={past ? "page" : undefined}
              className={past ? buttonClass.primary : buttonClass.secondary}
            >
              往期活动
            </Link>
          </nav>
          <FilterBar
            label="搜索社团活动"
            clearHref={past ? `${base}?when=past#events` : `${base}#events`}
            columns={3}
            hidden={{
              when: evFilter.when ?? "",
              sort: evFilter.sort ?? "",
              dir: evFilter.dir ?? "",
            }}
          >
            <FilterInput
              label="关键词"
              name="q"
              type="search"
              value={evFilter.q}
              placeholder="活动名称或地点"
            />
          </FilterBar>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
            <span>共 {events.total} 项活动</span>
            {events.total > 0 ? (
              <ExportButton href={`${base}/events/export${withParams(evParams, {})}`} />
            ) : null}
          </div>
          {events.rows.length === 0 ? (
            <EmptyState
              title={
                evFilter.q ? "没有符合条件的社团活动" : past ? "还没有往期活动" : "近期没有社团活动"
              }
              hint={club.officer ? "点击“发布社团活动”安排读书分享或讲座" : "可查看往期活动"}
            />
          ) : (
            <EventTable
              rows={events.rows}
              caption="社团活动"
              sortable={{
                sort: eventSortOf(evFilter),
                basePath: base,
                params: { ...evParams, page: sp.page, logPage: sp.logPage },
                hash: "#events",
              }}
            />
          )}
          <Pagination
            page={evFilter.page}
            pages={events.pages}
            total={events.total}
            basePath={base}
            params={{ ...keep, evPage: undefined }}
            pageParam="evPage"
            hash="#events"
            label="社团活动"
          />
        </Card>
        <Card id="members" title={`在册成员（${club.members.total}）`}>
          <MemberTable club={club} />
          <Pagination
            page={filter.page}
            pages={club.members.pages}
            total={club.members.total}
            basePath={base}
            params={{ ...keep, page: undefined }}
            hash="#members"
            label="在册成员"
          />
        </Card>
        <Card id="log" title="社团日志">
          {club.officer ? (
            <div className="mb-4 border-b border-slate-100 pb-4">
              <ClubLogForm clubId={club.id} />
            </div>
          ) : null}
          <ClubLogList club={club} />
          <Pagination
            page={filter.logPage}
            pages={club.logs.pages}
            total={club.logs.total}
            basePath={base}
            params={{ ...keep, logPage: undefined }}
            pageParam="logPage"
            hash="#log"
            label="社团日志"
          />
        </Card>
      </div>
    </>
  );
}
