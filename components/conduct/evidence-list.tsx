import { ActionButton } from "@/components/ui/action-button";
import { EmptyState } from "@/components/ui/card";
import { formatFileSize } from "@/lib/attachments/types";
import { deleteConductEvidence } from "@/lib/conduct/actions";
import { formatDateTime } from "@/lib/format";

type Evidence = { id: string; fileName: string; size: number; createdAt: Date };

/** A record's evidence, downloaded through the authorized attachment route. */
export function EvidenceList({
  recordId,
  evidence,
  canManage,
}: {
  recordId: string;
  evidence: Evidence[];
  canManage: boolean;
}) {
  if (evidence.length === 0)
    return (
      <EmptyState
        title="暂无证明材料"
        hint={
          canManage ? "可在下方上传表彰文件、评查通报等 PDF 或图片。" : "政治处上传后将显示在这里。"
        }
      />
    );
  return (
    <ul className="divide-y divide-slate-100">
      {evidence.map((m) => (
        <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span className="min-w-0">
            <a
              href={`/api/attachments/${m.id}`}
              className="font-medium break-all text-brand-700 hover:underline"
              download
            >
              {m.fileName}
            </a>
            <span className="ml-2 text-xs text-slate-500">
              {formatFileSize(m.size)} · 上传于 {formatDateTime(m.createdAt)}
            </span>
          </span>
          {canManage ? (
            <ActionButton
              action={deleteConductEvidence}
              fields={{ recordId, attachmentId: m.id }}
              label="删除"
              confirm={`确定删除证明材料“${m.fileName}”吗？`}
              destructive
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
