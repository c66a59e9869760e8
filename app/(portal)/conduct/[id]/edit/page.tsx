import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { RecordForm, type RecordValues } from "@/components/conduct/record-form";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { getConductRecord, listSubjectOptions } from "@/lib/conduct/queries";
import { toDateInput } from "@/lib/format";

export const metadata: Metadata = { title: "修改履职表现记录" };

export default async function EditConductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("conduct.manage", "/conduct/[id]/edit");
  const r = await getConductRecord(user, id);
  if (!r || r.status !== "DRAFT") notFound();
  const { people, departments } = await listSubjectOptions();
  const values: RecordValues = {
    id: r.id,
    category: r.category as RecordValues["category"],
    kind: r.kind,
    severity: r.severity ?? "",
    honourTitle: r.honourTitle ?? "",
    level: r.level ?? "",
    sanctionCategory: r.sanctionCategory ?? "",
    subjectType: r.subjectDepartment ? "DEPARTMENT" : "PERSON",
    subjectUserId: r.subjectUserId ?? "",
    subjectDepartmentId: r.subjectDepartment?.id ?? "",
    occurredOn: toDateInput(r.occurredOn),
    issuer: r.issuer,
    docNo: r.docNo,
    title: r.title,
    description: r.description,
  };
  return (
    <>
      <PageHeader
        title="修改履职表现记录"
        description="草稿可以修改；确认后不再修改，如有错误请撤销后重新登记。"
        actions={
          <Link href={`/conduct/${r.id}`} className={buttonClass.secondary}>
            返回记录
          </Link>
        }
      />
      <Card>
        <RecordForm values={values} people={people} departments={departments} />
      </Card>
    </>
  );
}
