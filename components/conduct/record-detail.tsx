import { CATEGORY_TONES, STATUS_TONES } from "@/components/conduct/tones";
import { StatusBadge } from "@/components/ui/status-badge";
import { CATEGORY_LABELS, describeKind, kindLabel, STATUS_LABELS } from "@/lib/conduct/labels";
import type { ConductDetail } from "@/lib/conduct/queries";
import { formatDate, formatDateTime } from "@/lib/format";

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd className="mt-1">{children}</dd>
    </div>
  );
}

/** What a record says, and its history: recorded, confirmed, revoked with the reason. */
export function RecordDetail({ r }: { r: ConductDetail }) {
  return (
    <>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <Item label="类别">
          <StatusBadge status={r.category} labels={CATEGORY_LABELS} tones={CATEGORY_TONES} />
        </Item>
        <Item label="类型">{kindLabel(r.kind)}</Item>
        <Item label="具体">{describeKind(r)}</Item>
        <Item label="状态">
          <StatusBadge status={r.status} labels={STATUS_LABELS} tones={STATUS_TONES} />
        </Item>
        <Item label={r.subjectDepartment ? "部门" : "人员"}>
          {r.subjectName}
          {r.subjectUserId && r.subjectDepartmentName ? (
            <span className="ml-1 text-xs text-slate-500">（{r.subjectDepartmentName}）</span>
          ) : null}
        </Item>
        <Item label="日期">{formatDate(r.occurredOn)}</Item>
        <Item label="发文单位">{r.issuer}</Item>
        <Item label="文号">{r.docNo || "—"}</Item>
      </dl>
      {r.description ? (
        <p className="mt-4 text-sm whitespace-pre-wrap text-slate-700">{r.description}</p>
      ) : null}
      <ul className="mt-4 space-y-1 border-t border-slate-100 pt-3 text-xs text-slate-500">
        <li>
          {r.createdBy} 登记于 {formatDateTime(r.createdAt)}
        </li>
        {r.confirmedAt ? (
          <li>
            {r.confirmedBy ?? "—"} 确认于 {formatDateTime(r.confirmedAt)}
          </li>
        ) : null}
        {r.revokedAt ? (
          <li className="text-red-700">
            {r.revokedBy ?? "—"} 撤销于 {formatDateTime(r.revokedAt)}；撤销理由：{r.revokeReason}
          </li>
        ) : null}
      </ul>
    </>
  );
}
