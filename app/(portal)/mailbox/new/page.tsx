import type { Metadata } from "next";

import { LetterForm } from "@/components/mailbox/letter-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "写信 · 检察长信箱" };

export default async function NewLetterPage() {
  await requirePagePermission("mailbox.write", "/mailbox/new");
  return (
    <>
      <PageHeader title="给检察长写信" description="来信仅检察长及其指定的一名委托人可以阅读。" />
      <Card>
        <LetterForm />
      </Card>
    </>
  );
}
