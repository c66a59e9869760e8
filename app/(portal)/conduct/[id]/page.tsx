import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { DeleteDraft } from "@/components/conduct/delete-draft";
import { EvidenceList } from "@/components/conduct/evidence-list";
import { EvidenceUpload } from "@/components/conduct/evidence-upload";
import { RecordDetail } from "@/components/conduct/record-detail";
import { RevokeForm } from "@/components/conduct/revoke-form";
import { ActionButton } from "@/components/ui/action-button";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { confirmConductRecord } from "@/lib/conduct/actions";
import { getConductRecord } from "@/lib/conduct/queries";

export const metadata: Metadata = { title: "履职表现记录" };

export default async function ConductRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission(["conduct.read", "conduct.manage"], "/conduct/[id]");
  const r = await getConductRecord(user, id.slice(0, 40));
  if (!r) notFound();
  const manager = can(user.roles, "conduct.manage");
  const draft = r.status === "DRAFT";
  return (
    <>
      <PageHeader
        title={r.title || "履职表现记录"}
        description={r.own ? "这是您本人的记录。" : undefined}
        actions={
          <div className="flex flex-wrap items-start gap-2">
            {manager && draft ? (
              <>
                <ActionButton
                  action={confirmConductRecord}
                  fields={{ id: r.id }}
                  label="确认记录"
                  variant="primary"
                  confirm="确认后记录生效、计入考评，并通知本人（部门记录通知部门负责人）；确认后不能再修改。"
                />
                <Link href={`/conduct/${r.id}/edit`} className={buttonClass.secondary}>
                  修改
                </Link>
                <DeleteDraft recordId={r.id} />
              </>
            ) : null}
            <Link href={r.own ? "/conduct/mine" : "/conduct"} className={buttonClass.secondary}>
              返回列表
            </Link>
          </div>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="记录内容" className="lg:col-span-2">
          <RecordDetail r={r} />
        </Card>
        <div className="space-y-4">
          <Card title="证明材料">
            <EvidenceList recordId={r.id} evidence={r.evidence} canManage={manager && draft} />
            {manager && draft ? <EvidenceUpload recordId={r.id} /> : null}
          </Card>
          {manager && r.status === "CONFIRMED" ? (
            <Card title="撤销记录">
              <RevokeForm recordId={r.id} />
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
