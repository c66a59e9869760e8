import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { EventForm } from "@/components/culture/events/event-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getClub } from "@/lib/culture/clubs/queries";

export const metadata: Metadata = { title: "发布社团活动" };

/** A club's officers publish its events; anyone else gets 404 here (the action checks again). */
export default async function NewClubEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("culture.participate", "/culture/clubs/[id]/events/new");
  const club = await getClub(user, id, { page: 1, logPage: 1 });
  if (!club || !club.officer) notFound();
  return (
    <>
      <PageHeader
        title={`发布社团活动：${club.name}`}
        description="社团活动仅限在册成员报名；设置名额后，报满的进入候补名单"
      />
      <Card>
        <EventForm clubId={club.id} />
      </Card>
    </>
  );
}
