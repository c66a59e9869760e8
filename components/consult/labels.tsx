import { Badge } from "@/components/ui/card";
import { channelLabel, tagLabel } from "@/lib/consult/schemas";
import { slaLabel, slaStatus } from "@/lib/consult/sla";

export function TagBadges({ tags }: { tags: string[] }) {
  return (
    <span className="flex flex-wrap gap-1">
      {tags.map((t) => (
        <Badge key={t} tone="blue">
          {tagLabel(t)}
        </Badge>
      ))}
    </span>
  );
}

export function ChannelText({ channel }: { channel: string }) {
  return <>{channelLabel(channel)}</>;
}

/** The 24-hour timer for a row, red once breached. */
export function SlaBadge({
  askedAt,
  answeredAt,
  now,
}: {
  askedAt: Date;
  answeredAt: Date | null;
  now: Date;
}) {
  const s = slaStatus(askedAt, answeredAt, now);
  const open = answeredAt === null;
  return <Badge tone={s.breached ? "red" : open ? "amber" : "green"}>{slaLabel(s, open)}</Badge>;
}
