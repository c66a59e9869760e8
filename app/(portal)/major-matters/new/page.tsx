import type { Metadata } from "next";

import { MatterForm } from "@/components/major-matters/matter-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "填报个人重大事项" };

export default async function NewMatterPage() {
  await requirePagePermission("majorMatter.file", "/major-matters/new");
  return (
    <>
      <PageHeader title="填报个人重大事项" description="报告内容加密保存，仅本人和政治处可见。" />
      <Card>
        <MatterForm />
      </Card>
    </>
  );
}
