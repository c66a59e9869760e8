import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { MeetingForm } from "@/components/direction/meetings/meeting-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { updateMeeting } from "@/lib/direction/meetings/actions";
import { getMeetingForEdit } from "@/lib/direction/meetings/queries";
import { listDepartmentMembers } from "@/lib/direction/queries";
import { toDateInput } from "@/lib/format";

export const metadata: Metadata = { title: "编辑会议" };

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission("direction.manage", "/direction/meetings/[id]/edit");
  const [meeting, departments] = await Promise.all([
    getMeetingForEdit(id),
    listDepartmentMembers(),
  ]);
  if (!meeting) notFound();
  return (
    <>
      <PageHeader title={`编辑会议：${meeting.title}`} />
      <Card>
        <MeetingForm
          action={updateMeeting}
          departments={departments}
          values={{ ...meeting, heldAt: toDateInput(meeting.heldAt) }}
        />
      </Card>
    </>
  );
}
