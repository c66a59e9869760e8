import { ActionButton } from "@/components/ui/action-button";
import { EmptyState } from "@/components/ui/card";
import { formatFileSize } from "@/lib/attachments/types";
import { formatDateTime } from "@/lib/format";
import { deleteActivityMaterial } from "@/lib/study/activities/actions";

type Material = {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  createdAt: Date;
  uploadedBy: { realName: string } | null;
};

export function MaterialList({
  activityId,
  materials,
  canManage,
}: {
  activityId: string;
  materials: Material[];
  canManage: boolean;
}) {
  if (materials.length === 0) {
    return (
      <EmptyState
        title="暂无学习材料"
        hint={
          canManage ? "可在下方上传讲稿、学习提纲或活动照片。" : "组织人上传材料后将显示在这里。"
        }
      />
    );
  }
  return (
    <ul className="divide-y divide-slate-100">
      {materials.map((m) => (
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
              {formatFileSize(m.size)} · {m.uploadedBy?.realName ?? "—"} 上传于{" "}
              {formatDateTime(m.createdAt)}
            </span>
          </span>
          {canManage ? (
            <ActionButton
              action={deleteActivityMaterial}
              fields={{ activityId, attachmentId: m.id }}
              label="删除"
              confirm={`确定删除材料“${m.fileName}”吗？删除后不可恢复。`}
              variant="secondary"
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
