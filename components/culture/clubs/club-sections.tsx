import { ActionButton } from "@/components/ui/action-button";
import { EmptyState } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import {
  decideJoinRequest,
  leaveClub,
  requestToJoinClub,
  setClubOfficer,
} from "@/lib/culture/clubs/actions";
import type { ClubDetail } from "@/lib/culture/clubs/queries";
import { CLUB_ROLE_LABELS, MEMBER_STATUS_LABELS } from "@/lib/culture/clubs/schemas";
import { formatDate, formatDateTime } from "@/lib/format";

import { MEMBER_TONES } from "./tones";

/** The viewer's standing and the one button that fits it: 申请加入, 撤回申请 or 退出社团. */
export function MembershipPanel({ club }: { club: ClubDetail }) {
  const status = club.mine?.status ?? null;
  const fields = { clubId: club.id };
  if (status === "ACTIVE")
    return (
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span>您是本社团{CLUB_ROLE_LABELS[club.mine!.role] ?? "成员"}</span>
        <ActionButton
          action={leaveClub}
          fields={fields}
          label="退出社团"
          confirm={`确定退出${club.name}？退出后不能再报名社团活动，如需重新加入须再次申请并经负责人审批。`}
          destructive
        />
      </div>
    );
  if (status === "PENDING")
    return (
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <StatusBadge status="PENDING" labels={MEMBER_STATUS_LABELS} tones={MEMBER_TONES} />
        <span className="text-slate-600">已提交入社申请，等待社团负责人审批</span>
        <ActionButton
          action={leaveClub}
          fields={fields}
          label="撤回申请"
          confirm="确定撤回入社申请？"
        />
      </div>
    );
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      {status === "REJECTED" ? (
        <span className="text-slate-600">您上次的入社申请未通过，可以再次申请。</span>
      ) : (
        <span className="text-slate-600">加入社团后可报名社团活动，申请由社团负责人审批。</span>
      )}
      <ActionButton action={requestToJoinClub} fields={fields} label="申请加入" variant="primary" />
    </div>
  );
}

export function PendingRequests({ club }: { club: ClubDetail }) {
  if (club.pending.length === 0)
    return (
      <EmptyState title="暂无待审批的入社申请" hint="干警在社团页面点击“申请加入”后会出现在这里" />
    );
  return (
    <ul className="divide-y divide-slate-100">
      {club.pending.map((p) => (
        <li key={p.userId} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span className="text-sm">
            <b>{p.realName}</b>
            <span className="ml-2 text-xs text-slate-500">
              {p.department} · 申请于 {formatDateTime(p.requestedAt)}
            </span>
          </span>
          <span className="flex gap-2">
            <ActionButton
              action={decideJoinRequest}
              fields={{ clubId: club.id, userId: p.userId, approve: "on" }}
              label={`通过 ${p.realName}`}
              variant="primary"
            />
            <ActionButton
              action={decideJoinRequest}
              fields={{ clubId: club.id, userId: p.userId, approve: "" }}
              label={`不通过 ${p.realName}`}
              confirm={`确定不通过${p.realName}的入社申请？本人会收到通知，之后可以再次申请。`}
            />
          </span>
        </li>
      ))}
    </ul>
  );
}

export function OfficerList({ club, manage }: { club: ClubDetail; manage: boolean }) {
  return (
    <ul className="flex flex-wrap gap-3 text-sm">
      {club.officers.map((o) => (
        <li key={o.userId} className="rounded-md border border-slate-200 px-3 py-1.5">
          <b>{o.realName}</b>
          <span className="ml-1 text-xs text-slate-500">{o.department}</span>
          {manage && club.officers.length > 1 ? (
            <span className="ml-2">
              <ActionButton
                action={setClubOfficer}
                fields={{ clubId: club.id, userId: o.userId, officer: "" }}
                label="免去负责人"
                variant="link"
                confirm={`确定免去${o.realName}的社团负责人职务？本人仍为社团成员。`}
              />
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function MemberTable({ club }: { club: ClubDetail }) {
  return (
    <Table caption="在册成员">
      <thead>
        <tr>
          <Th>姓名</Th>
          <Th>部门</Th>
          <Th>职务</Th>
          <Th>社团角色</Th>
          <Th>入社日期</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {club.members.rows.map((m) => (
          <tr key={m.userId}>
            <Td>{m.realName}</Td>
            <Td>{m.department}</Td>
            <Td>{m.position || "—"}</Td>
            <Td>{CLUB_ROLE_LABELS[m.role] ?? m.role}</Td>
            <Td className="whitespace-nowrap">{formatDate(m.since)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function ClubLogList({ club }: { club: ClubDetail }) {
  if (club.logs.rows.length === 0)
    return (
      <EmptyState
        title="还没有社团日志"
        hint={
          club.officer ? "在上方填写活动情况、会议纪要等" : "社团负责人记录的活动情况会显示在这里"
        }
      />
    );
  return (
    <ol className="space-y-3">
      {club.logs.rows.map((l) => (
        <li key={l.id} className="border-l-2 border-brand-100 pl-3">
          <p className="text-xs text-slate-500">
            {formatDate(l.loggedOn)} · {l.author}
          </p>
          <p className="text-sm whitespace-pre-wrap text-slate-800">{l.body}</p>
        </li>
      ))}
    </ol>
  );
}
