import type { Metadata } from "next";
import Link from "next/link";

import { RecordForm } from "@/components/conduct/record-form";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { listSubjectOptions } from "@/lib/conduct/queries";

export const metadata: Metadata = { title: "新建履职表现记录" };

export default async function NewConductPage() {
  await requirePagePermission("conduct.manage", "/conduct/new");
  const { people, departments } = await listSubjectOptions();
  return (
    <>
      <PageHeader
        title="新建履职表现记录"
        description="登记规范司法问题、表彰奖励、创新履职或纪律处分。保存为草稿，补充证明材料后确认。"
        actions={
          <Link href="/conduct" className={buttonClass.secondary}>
            返回列表
          </Link>
        }
      />
      <Card>
        <RecordForm people={people} departments={departments} />
      </Card>
    </>
  );
}
