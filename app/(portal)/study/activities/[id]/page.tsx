import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import {
  ActivityInfo,
  AttendanceRoster,
  MyAttendance,
} from "@/components/study/activities/activity-detail";
import { MaterialList } from "@/components/study/activities/material-list";
import { MaterialUpload } from "@/components/study/activities/material-upload";
import { TallySummary } from "@/components/study/activities/tally";
import { Card, PageHeader } from "@/components/ui/card";
import { DeleteButton } from "@/components/ui/delete-button";
import { buttonClass } from "@/components/ui/styles";
import { auditRead } from "@/lib/audit/read";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { deleteStudyActivity } from "@/lib/study/activities/actions";
import { getActivity } from "@/lib/study/activities/queries";
import { activityKindLabel } from "@/lib/study/types";

export const metadata: Metadata = { title: "学习活动" };

export default async function ActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission(["study.log", "study.manage"], "/study/activities/[id]");
  const data = await getActivity(user, id);
  if (!data) {
    await auditRead(user, {
      action: "studyActivity.read",
      objectType: "StudyActivity",
      objectId: id,
      found: false,
    });
    notFound();
  }
  const { activity: a, materials, canRecord } = data;
  const manage = can(user.roles, "study.manage");
  return (
    <>
      <PageHeader
        title={a.title}
        description={`${activityKindLabel(a.type, a.theme)}${a.campaign ? ` · ${a.campaign.title}` : ""}`}
        actions={
          <div className="flex flex-wrap items-start gap-2">
            {manage ? (
              <Link href={`/study/activities/${a.id}/edit`} className={buttonClass.secondary}>
                编辑
              </Link>
            ) : null}
            {manage && !a.recordedAt ? (
              <DeleteButton
                action={deleteStudyActivity}
                id={a.id}
                confirm={`确定删除学习活动“${a.title}”？应到人员的名单和学习材料将一并删除${data.upcoming ? "，并通知应到人员活动已取消" : ""}。`}
                then="/study/activities"
              />
            ) : null}
            <Link href="/study/activities" className={buttonClass.secondary}>
              返回学习活动
            </Link>
          </div>
        }
      />
      <div className="mb-4 grid gap-4 lg:grid-cols-3">
        <ActivityInfo data={data} />
        <MyAttendance data={data} viewerId={user.id} />
      </div>
      <Card title="考勤统计" className="mb-4">
        <TallySummary tally={data.tally} />
      </Card>
      <Card title={`学习材料（${materials.length}）`} className="mb-4">
        <MaterialList activityId={a.id} materials={materials} canManage={canRecord} />
        {canRecord ? (
          <div className="mt-4 border-t border-slate-100 pt-4">
            <MaterialUpload activityId={a.id} />
          </div>
        ) : null}
      </Card>
      <AttendanceRoster data={data} />
    </>
  );
}
