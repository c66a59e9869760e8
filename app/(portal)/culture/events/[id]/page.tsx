import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { EventAttendanceForm } from "@/components/culture/events/attendance-form";
import { EventInfo, EventRoster, MyRegistration } from "@/components/culture/events/event-detail";
import { RegisterPanel } from "@/components/culture/events/register-panel";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { albumForEvent } from "@/lib/culture/album/queries";
import { getEvent } from "@/lib/culture/events/queries";
import { EVENT_TYPE_LABELS } from "@/lib/culture/events/schemas";

export const metadata: Metadata = { title: "活动详情" };

/** One event, club or group: details, the viewer's registration, and the organiser's lists. */
export default async function CultureEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission(
    ["culture.participate", "culture.manage"],
    "/culture/events/[id]",
  );
  const e = await getEvent(user, id);
  if (!e) notFound();
  const album = await albumForEvent(e.id);
  const back = e.clubId ? `/culture/clubs/${e.clubId}` : "/culture/events";
  const mine =
    e.mine?.status === "REGISTERED" || e.mine?.status === "WAITLISTED" ? e.mine.status : null;
  return (
    <>
      <PageHeader
        title={e.title}
        description={`${e.clubName ?? "集体活动"} · ${EVENT_TYPE_LABELS[e.type] ?? e.type}`}
        actions={
          <Link href={back} className={buttonClass.secondary}>
            {e.clubId ? "返回社团" : "返回集体活动"}
          </Link>
        }
      />
      <div className="space-y-4">
        <Card title="活动信息">
          <EventInfo e={e} />
          <div className="mt-4 space-y-2 border-t border-slate-100 pt-3">
            <MyRegistration e={e} />
            <RegistrationHint e={e} mine={mine} />
          </div>
        </Card>
        {album ? (
          <Card title="活动相册">
            <Link href={`/culture/albums/${album.id}`} className="text-brand-700 hover:underline">
              {album.title}（{album.photoCount} 张照片）
            </Link>
          </Card>
        ) : null}
        <EventRoster
          e={e}
          sheet={
            e.canRecord && e.roster ? (
              <EventAttendanceForm
                eventId={e.id}
                rows={e.roster.registered.map((r) => ({
                  userId: r.userId,
                  realName: r.realName,
                  department: r.department,
                  position: r.position,
                  status:
                    r.attendance === "PRESENT" ||
                    r.attendance === "LEAVE" ||
                    r.attendance === "ABSENT"
                      ? r.attendance
                      : null,
                }))}
              />
            ) : undefined
          }
        />
        {e.organiser && !e.canRecord ? (
          <p className="text-xs text-slate-500">
            活动开始前 30 分钟起，可在本页登记出席、请假、缺席。
          </p>
        ) : null}
      </div>
    </>
  );
}

function RegistrationHint({
  e,
  mine,
}: {
  e: NonNullable<Awaited<ReturnType<typeof getEvent>>>;
  mine: "REGISTERED" | "WAITLISTED" | null;
}) {
  if (e.started)
    return mine ? null : <p className="text-sm text-slate-500">活动已开始，报名已结束。</p>;
  // Marked at 签到 already: the place is taken for good.
  if (e.mine?.attendance) return null;
  if (!mine && !e.open) return <p className="text-sm text-slate-500">报名已截止。</p>;
  if (!mine && !e.eligible)
    return (
      <p className="text-sm text-slate-600">
        本活动仅限社团在册成员报名。
        <Link href={`/culture/clubs/${e.clubId}`} className="ml-1 text-brand-700 hover:underline">
          前往社团申请加入
        </Link>
      </p>
    );
  // One shape whether registered or not, so the panel keeps its answer across the refresh.
  return (
    <div className="space-y-1">
      {!mine && e.capacity !== null && e.free === 0 ? (
        <p className="text-sm text-amber-700">名额已满，现在报名将进入候补名单。</p>
      ) : null}
      <RegisterPanel eventId={e.id} title={e.title} mine={mine} />
    </div>
  );
}
