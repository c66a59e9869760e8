// "我的": the activities still ahead that the person is expected at (study
// activities with their attendance row, culture events they registered for,
// meetings naming them), soonest first; and open pulse rounds not yet taken
// part in (participation only: the answers are anonymous).
import Link from "next/link";

import { Badge } from "@/components/ui/card";
import { meetingTypeLabel } from "@/lib/direction/labels";
import { formatDateTime } from "@/lib/format";
import type { MyPage, UpcomingItem } from "@/lib/me/queries";
import { activityKindLabel } from "@/lib/study/types";

import { MeCard, MeRow, MeRows } from "./me-card";

function kindLabel(i: UpcomingItem): string {
  if (i.kind === "STUDY") return activityKindLabel(i.type, i.theme);
  if (i.kind === "MEETING") return meetingTypeLabel(i.type);
  return "文化活动";
}

const KIND_TONES = { STUDY: "blue", CULTURE: "green", MEETING: "red" } as const;

export function UpcomingBlock({ data }: { data: MyPage["upcoming"] }) {
  const links = [
    data.counts.study !== null ? { href: "/study/activities", label: "查看全部学习活动" } : null,
    data.counts.culture !== null ? { href: "/culture/events", label: "查看全部文化活动" } : null,
    data.counts.meetings !== null ? { href: "/direction/meetings", label: "查看全部会议" } : null,
  ].filter((l) => l !== null);
  return (
    <MeCard
      id="upcoming"
      title="近期活动"
      subtitle="需要我参加的学习活动、会议和已报名的文化活动"
      count={data.total}
      unit="项"
      links={links}
      empty={
        data.rows.length === 0 && !data.pulseOpen
          ? {
              title: "近期没有需要您参加的活动",
              hint: (
                <>
                  组织者发布学习活动或会议后会出现在这里；也可
                  <Link href="/culture/events" className="text-brand-700 hover:underline">
                    报名文化活动
                  </Link>
                </>
              ),
            }
          : null
      }
    >
      {data.pulseOpen ? (
        <p className="my-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          有 {data.pulseOpen} 个思想状况测评正在进行，您尚未参加。
          <Link href="/pulse" className="ml-1 font-medium text-brand-700 hover:underline">
            去参加 →
          </Link>
        </p>
      ) : null}
      <MeRows>
        {data.rows.map((i) => (
          <MeRow
            key={`${i.kind}-${i.id}`}
            href={i.href}
            title={i.title}
            meta={
              <>
                <time dateTime={i.startsAt.toISOString()}>{formatDateTime(i.startsAt)}</time>
                {i.location ? ` · ${i.location}` : ""}
              </>
            }
            badges={
              <>
                {i.status === "WAITLISTED" ? <Badge tone="amber">候补</Badge> : null}
                <Badge tone={KIND_TONES[i.kind]}>{kindLabel(i)}</Badge>
              </>
            }
          />
        ))}
      </MeRows>
    </MeCard>
  );
}
