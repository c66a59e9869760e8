import type { Metadata } from "next";

import { EventForm } from "@/components/culture/events/event-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "发布集体活动" };

export default async function NewGroupEventPage() {
  await requirePagePermission("culture.manage", "/culture/events/new");
  return (
    <>
      <PageHeader
        title="发布集体活动"
        description="全院干警均可报名；设置名额后，报满的进入候补名单"
      />
      <Card>
        <EventForm />
      </Card>
    </>
  );
}
