import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { BodyForm } from "@/components/mailbox/body-form";
import { LetterThread } from "@/components/mailbox/thread";
import { LETTER_STATUS_TONES } from "@/components/mailbox/tones";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePagePermission } from "@/lib/auth/session";
import { postSignedFollowUp } from "@/lib/mailbox/actions";
import { categoryLabel, LETTER_STATUS_LABELS } from "@/lib/mailbox/labels";
import { getMyLetter } from "@/lib/mailbox/queries";

export const metadata: Metadata = { title: "我的来信 · 检察长信箱" };

export default async function MyLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("mailbox.write", "/mailbox/letters/[id]");
  const letter = await getMyLetter(user, id);
  if (!letter) notFound();
  return (
    <>
      <PageHeader title={letter.subject} description={`署名来信 · 来信日期 ${letter.receivedOn}`} />
      <Card>
        <p className="mb-4 flex flex-wrap items-center gap-2 text-sm">
          <Badge tone="blue">{categoryLabel(letter.category)}</Badge>{" "}
          <StatusBadge
            status={letter.status}
            labels={LETTER_STATUS_LABELS}
            tones={LETTER_STATUS_TONES}
          />
        </p>
        <LetterThread entries={letter.entries} writerLabel="我的" />
        {letter.status !== "CLOSED" ? (
          <div className="mt-6">
            <BodyForm
              action={postSignedFollowUp}
              fields={{ id: letter.id }}
              label="追加留言"
              submit="提交留言"
              success="留言已送达"
            />
          </div>
        ) : (
          <p className="mt-4 text-sm text-slate-500">来信已办结。</p>
        )}
      </Card>
    </>
  );
}
