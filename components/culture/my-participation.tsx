import Link from "next/link";

import { Card, EmptyState } from "@/components/ui/card";
import { ATTENDANCE_TONES, StatusBadge } from "@/components/ui/status-badge";
import { attendanceStatusLabel } from "@/lib/attendance";
import {
  clubMembershipsOf,
  essayParticipationOf,
  eventParticipationOf,
  photoParticipationOf,
} from "@/lib/culture/queries";
import { formatDate } from "@/lib/format";

const AWARD_TONES = { FIRST: "red", SECOND: "amber", THIRD: "blue", EXCELLENCE: "green" } as const;

function Row({ children }: { children: React.ReactNode }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">{children}</li>
  );
}

/**
 * "我的文化活动": a person's essays and awards, clubs, events and photos, each
 * linking to its record. Shown to the person themself only.
 */
export async function MyParticipation({ userId }: { userId: string }) {
  const [essays, clubs, events, photos] = await Promise.all([
    essayParticipationOf(userId),
    clubMembershipsOf(userId),
    eventParticipationOf(userId),
    photoParticipationOf(userId),
  ]);
  const attended = events.filter((e) => e.status === "REGISTERED" && e.attendance === "PRESENT");
  const awards = essays.filter((e) => e.award);
  return (
    <Card title="我的文化活动" id="mine">
      <dl className="mb-4 grid grid-cols-2 gap-3 text-center sm:grid-cols-5">
        {[
          ["征文投稿", essays.length],
          ["获奖", awards.length],
          ["参加社团", clubs.length],
          ["出席活动", attended.length],
          ["上传照片", photos.uploaded],
        ].map(([label, value]) => (
          <div key={label} className="rounded-md bg-slate-50 px-2 py-3">
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="text-xl font-semibold text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="mine-essays">
          <h3 id="mine-essays" className="text-sm font-semibold text-slate-700">
            征文投稿
          </h3>
          {essays.length === 0 ? (
            <EmptyState
              title="还没有投稿"
              hint={<Link href="/culture/essays">查看征集中的征文</Link>}
            />
          ) : (
            <ul className="divide-y divide-slate-100">
              {essays.slice(0, 6).map((e) => (
                <Row key={e.entryId}>
                  <Link
                    href={`/culture/essays/${e.callId}`}
                    className="text-brand-700 hover:underline"
                  >
                    {e.callTitle} · {e.title}
                  </Link>
                  <span className="flex items-center gap-2 text-xs text-slate-500">
                    {formatDate(e.submittedAt)}
                    {e.award ? (
                      <StatusBadge
                        status={e.award}
                        labels={() => e.awardLabel}
                        tones={AWARD_TONES}
                      />
                    ) : null}
                  </span>
                </Row>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="mine-clubs">
          <h3 id="mine-clubs" className="text-sm font-semibold text-slate-700">
            社团
          </h3>
          {clubs.length === 0 ? (
            <EmptyState
              title="还没有加入社团"
              hint={<Link href="/culture/clubs">看看有哪些社团</Link>}
            />
          ) : (
            <ul className="divide-y divide-slate-100">
              {clubs.map((c) => (
                <Row key={c.clubId}>
                  <Link
                    href={`/culture/clubs/${c.clubId}`}
                    className="text-brand-700 hover:underline"
                  >
                    {c.clubName}
                  </Link>
                  <span className="text-xs text-slate-500">
                    {c.role === "OFFICER" ? "负责人" : "成员"}
                    {c.since ? ` · ${formatDate(c.since)} 起` : ""}
                  </span>
                </Row>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="mine-events">
          <h3 id="mine-events" className="text-sm font-semibold text-slate-700">
            活动报名与出席
          </h3>
          {events.length === 0 ? (
            <EmptyState
              title="还没有报名活动"
              hint={<Link href="/culture/events">查看近期活动</Link>}
            />
          ) : (
            <ul className="divide-y divide-slate-100">
              {events.slice(0, 8).map((e) => (
                <Row key={e.eventId}>
                  <Link
                    href={`/culture/events/${e.eventId}`}
                    className="text-brand-700 hover:underline"
                  >
                    {e.clubName ? `${e.clubName} · ` : ""}
                    {e.title}
                  </Link>
                  <span className="flex items-center gap-2 text-xs text-slate-500">
                    {formatDate(e.startsAt)}
                    {e.status === "WAITLISTED" ? (
                      <StatusBadge status="WAITLISTED" labels={{ WAITLISTED: "候补" }} tones={{}} />
                    ) : (
                      <StatusBadge
                        status={e.attendance ?? "UNRECORDED"}
                        labels={(s) => (s === "UNRECORDED" ? "已报名" : attendanceStatusLabel(s))}
                        tones={ATTENDANCE_TONES}
                      />
                    )}
                  </span>
                </Row>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="mine-photos">
          <h3 id="mine-photos" className="text-sm font-semibold text-slate-700">
            照片
          </h3>
          {photos.albums.length === 0 ? (
            <EmptyState title="还没有照片" hint={<Link href="/culture/albums">去相册上传</Link>} />
          ) : (
            <ul className="divide-y divide-slate-100">
              {photos.albums.map((a) => (
                <Row key={a.id}>
                  <Link href={`/culture/albums/${a.id}`} className="text-brand-700 hover:underline">
                    {a.title}
                  </Link>
                  <span className="text-xs text-slate-500">
                    上传 {a.uploaded} 张 · 被标记 {a.taggedIn} 张
                  </span>
                </Row>
              ))}
            </ul>
          )}
        </section>
      </div>
    </Card>
  );
}
