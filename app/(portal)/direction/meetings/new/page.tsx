import type { Metadata } from "next";

import { MeetingForm } from "@/components/direction/meetings/meeting-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { DIRECTION_TEXT as T } from "@/lib/direction/labels";
import { createMeeting } from "@/lib/direction/meetings/actions";
import { listDepartmentMembers } from "@/lib/direction/queries";

export const metadata: Metadata = { title: T.newMeeting };

export default async function NewMeetingPage() {
  await requirePagePermission("direction.manage", "/direction/meetings/new");
  const departments = await listDepartmentMembers();
  return (
    <>
      <PageHeader
        title={T.newMeeting}
        description="录入会议纪要和决定事项；决定事项可据此新建部署事项，分解到部门落实"
      />
      <Card>
        <MeetingForm action={createMeeting} departments={departments} />
      </Card>
    </>
  );
}
