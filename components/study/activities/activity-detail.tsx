// The cards of an activity's page: its details, the viewer's own attendance,
// and the attendance sheet (for the organiser and 政治处) or the rows the
// viewer may read.
import Link from "next/link";

import { Card, EmptyState } from "@/components/ui/card";
import { ATTENDANCE_TONES, StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import type { getActivity } from "@/lib/study/activities/queries";
import {
  activityScopeLabel,
  ATTENDANCE_STATUS_LABELS,
  type AttendanceStatus,
} from "@/lib/study/types";

import { AttendanceForm } from "./attendance-form";

type ActivityDetail = NonNullable<Awaited<ReturnType<typeof getActivity>>>;

const ROWS_TITLE = { all: "考勤名单", department: "本部门考勤", own: "本人考勤" } as const;

export function ActivityInfo({ data }: { data: ActivityDetail }) {
  const a = data.activity;
  const scope =
    a.scopeType === "DEPARTMENTS" && data.scopeDepartments.length
      ? `${activityScopeLabel(a.scopeType)}：${data.scopeDepartments.join("、")}`
      : activityScopeLabel(a.scopeType);
  return (
    <Card title="活动信息" className="lg:col-span-2">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-500">时间</dt>
          <dd>{formatDateTime(a.heldAt)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">地点</dt>
          <dd>{a.location || "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-500">组织人</dt>
          <dd>
            {a.organiser.realName}
            {a.organiser.department ? `（${a.organiser.department.name}）` : ""}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">参加范围</dt>
          <dd>{scope}</dd>
        </div>
        <div>
          <dt className="text-slate-500">所属专题</dt>
          <dd>
            {a.campaign ? (
              data.canSeeCampaigns ? (
                <Link
                  href={`/study/campaigns/${a.campaign.id}`}
                  className="text-brand-700 hover:underline"
                >
                  {a.campaign.title}
                </Link>
              ) : (
                a.campaign.title
              )
            ) : (
              "—"
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">考勤登记</dt>
          <dd>{a.recordedAt ? `已于 ${formatDateTime(a.recordedAt)} 开始登记` : "尚未登记"}</dd>
        </div>
      </dl>
      {a.description ? (
        <p className="mt-3 text-sm whitespace-pre-wrap text-slate-700">{a.description}</p>
      ) : null}
      <p className="mt-3 text-xs text-slate-500">
        {a.createdBy.realName} 于 {formatDateTime(a.createdAt)} 发布
      </p>
    </Card>
  );
}

export function MyAttendance({ data, viewerId }: { data: ActivityDetail; viewerId: string }) {
  return (
    <Card title="本人考勤">
      {data.myStatus ? (
        <p className="text-sm">
          您是本次活动的应到人员，考勤：
          <StatusBadge
            status={data.myStatus.status}
            labels={ATTENDANCE_STATUS_LABELS}
            tones={ATTENDANCE_TONES}
            empty="未记录"
          />
        </p>
      ) : (
        <p className="text-sm text-slate-600">您不在本次活动的应到人员范围内。</p>
      )}
      {data.canRecord ? (
        <p className="mt-2 text-xs text-slate-500">
          您是{data.activity.organiserId === viewerId ? "本次活动的组织人" : "政治处工作人员"}
          ，可登记考勤、管理学习材料。
        </p>
      ) : null}
    </Card>
  );
}

export function AttendanceRoster({ data }: { data: ActivityDetail }) {
  const { activity: a, rows, rowsScope, canRecord } = data;
  return (
    <Card title={canRecord ? "登记考勤" : ROWS_TITLE[rowsScope]}>
      {canRecord ? (
        <AttendanceForm
          activityId={a.id}
          rows={rows.map((r) => ({
            userId: r.userId,
            realName: r.user.realName,
            department: r.user.department?.name ?? "未分配部门",
            position: r.user.position,
            status: r.status as AttendanceStatus | null,
          }))}
        />
      ) : rows.length === 0 ? (
        <EmptyState title="没有可查看的考勤记录" />
      ) : (
        <Table caption={ROWS_TITLE[rowsScope]}>
          <thead>
            <tr>
              <Th>姓名</Th>
              <Th>部门</Th>
              <Th>考勤</Th>
              <Th>登记</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.userId}>
                <Td>{r.user.realName}</Td>
                <Td>{r.user.department?.name ?? "—"}</Td>
                <Td>
                  <StatusBadge
                    status={r.status}
                    labels={ATTENDANCE_STATUS_LABELS}
                    tones={ATTENDANCE_TONES}
                    empty="未记录"
                  />
                </Td>
                <Td className="text-xs text-slate-500">
                  {r.recordedAt
                    ? `${r.recordedBy?.realName ?? "—"} ${formatDateTime(r.recordedAt)}`
                    : "—"}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
