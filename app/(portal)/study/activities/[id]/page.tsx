import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AttendanceForm } from "@/components/study/activities/attendance-form";
import { AttendanceBadge, TallySummary } from "@/components/study/activities/badges";
import { MaterialList } from "@/components/study/activities/material-list";
import { MaterialUpload } from "@/components/study/activities/material-upload";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { deleteStudyActivity } from "@/lib/study/activities/actions";
import { DeleteButton } from "@/components/ui/delete-button";
import { auditRead } from "@/lib/audit/read";
import { formatDateTime } from "@/lib/format";
import { getActivity } from "@/lib/study/activities/queries";
import { activityKindLabel, activityScopeLabel, type AttendanceStatus } from "@/lib/study/types";

export const metadata: Metadata = { title: "学习活动" };

const ROWS_TITLE = { all: "考勤名单", department: "本部门考勤", own: "本人考勤" } as const;

export default async function ActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission(["study.log", "study.manage"], "/study/activities/[id]");
  const data = await getActivity(user, id);
  if (!data) {
    await auditRead(user, { action: "studyActivity.read", objectType: "StudyActivity", objectId: id, found: false });
    notFound();
  }
  const { activity: a, tally, rows, rowsScope, materials, canRecord } = data;
  const manage = can(user.roles, "study.manage");
  const scope = a.scopeType === "DEPARTMENTS" && data.scopeDepartments.length ? `${activityScopeLabel(a.scopeType)}：${data.scopeDepartments.join("、")}` : activityScopeLabel(a.scopeType);
  return (
    <>
      <PageHeader
        title={a.title}
        description={`${activityKindLabel(a.type, a.theme)}${a.campaign ? ` · ${a.campaign.title}` : ""}`}
        actions={
          <div className="flex flex-wrap items-start gap-2">
            {manage ? <Link href={`/study/activities/${a.id}/edit`} className={buttonClass.secondary}>编辑</Link> : null}
            {manage && !a.recordedAt ? <DeleteButton action={deleteStudyActivity} id={a.id} confirm={`确定删除学习活动“${a.title}”？应到人员的名单和学习材料将一并删除${data.upcoming ? "，并通知应到人员活动已取消" : ""}。`} then="/study/activities" /> : null}
            <Link href="/study/activities" className={buttonClass.secondary}>返回学习活动</Link>
          </div>
        }
      />
      <div className="mb-4 grid gap-4 lg:grid-cols-3">
        <Card title="活动信息" className="lg:col-span-2">
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
            <div><dt className="text-slate-500">时间</dt><dd>{formatDateTime(a.heldAt)}</dd></div>
            <div><dt className="text-slate-500">地点</dt><dd>{a.location || "—"}</dd></div>
            <div><dt className="text-slate-500">组织人</dt><dd>{a.organiser.realName}{a.organiser.department ? `（${a.organiser.department.name}）` : ""}</dd></div>
            <div><dt className="text-slate-500">参加范围</dt><dd>{scope}</dd></div>
            <div><dt className="text-slate-500">所属专题</dt><dd>{a.campaign ? (data.canSeeCampaigns ? <Link href={`/study/campaigns/${a.campaign.id}`} className="text-brand-700 hover:underline">{a.campaign.title}</Link> : a.campaign.title) : "—"}</dd></div>
            <div><dt className="text-slate-500">考勤登记</dt><dd>{a.recordedAt ? `已于 ${formatDateTime(a.recordedAt)} 开始登记` : "尚未登记"}</dd></div>
          </dl>
          {a.description ? <p className="mt-3 whitespace-pre-wrap text-sm text-slate-700">{a.description}</p> : null}
          <p className="mt-3 text-xs text-slate-500">{a.createdBy.realName} 于 {formatDateTime(a.createdAt)} 发布</p>
        </Card>
        <Card title="本人考勤">
          {data.myStatus ? (
            <p className="text-sm">您是本次活动的应到人员，考勤：<AttendanceBadge status={data.myStatus.status} /></p>
          ) : (
            <p className="text-sm text-slate-600">您不在本次活动的应到人员范围内。</p>
          )}
          {canRecord ? <p className="mt-2 text-xs text-slate-500">您是{a.organiserId === user.id ? "本次活动的组织人" : "政治处工作人员"}，可登记考勤、管理学习材料。</p> : null}
        </Card>
      </div>
      <Card title="考勤统计" className="mb-4">
        <TallySummary tally={tally} />
      </Card>
      <Card title={`学习材料（${materials.length}）`} className="mb-4">
        <MaterialList activityId={a.id} materials={materials} canManage={canRecord} />
        {canRecord ? <div className="mt-4 border-t border-slate-100 pt-4"><MaterialUpload activityId={a.id} /></div> : null}
      </Card>
      <Card title={canRecord ? "登记考勤" : ROWS_TITLE[rowsScope]}>
        {canRecord ? (
          <AttendanceForm
            activityId={a.id}
            rows={rows.map((r) => ({ userId: r.userId, realName: r.user.realName, department: r.user.department?.name ?? "未分配部门", position: r.user.position, status: r.status as AttendanceStatus | null }))}
          />
        ) : rows.length === 0 ? (
          <EmptyState title="没有可查看的考勤记录" />
        ) : (
          <Table caption={ROWS_TITLE[rowsScope]}>
            <thead><tr><Th>姓名</Th><Th>部门</Th><Th>考勤</Th><Th>登记</Th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.userId}>
                  <Td>{r.user.realName}</Td>
                  <Td>{r.user.department?.name ?? "—"}</Td>
                  <Td><AttendanceBadge status={r.status} /></Td>
                  <Td className="text-xs text-slate-500">{r.recordedAt ? `${r.recordedBy?.realName ?? "—"} ${formatDateTime(r.recordedAt)}` : "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
