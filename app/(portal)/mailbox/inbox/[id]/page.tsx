import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { HandlerPanel } from "@/components/mailbox/handler-panel";
import { LetterThread } from "@/components/mailbox/thread";
import { LETTER_STATUS_TONES } from "@/components/mailbox/tones";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { categoryLabel, LETTER_STATUS_LABELS } from "@/lib/mailbox/labels";
import { readLetter } from "@/lib/mailbox/queries";
import { requestMeta } from "@/lib/request";

export const metadata: Metadata = { title: "来信 · 检察长信箱" };

export default async function InboxLetterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("mailbox.handle", "/mailbox/inbox/[id]");
  const letter = await readLetter(user, id, (await requestMeta()).ip);
  if (!letter) notFound();
  return (
    <>
      <PageHeader
        title={letter.subject}
        description={`${letter.anonymous ? "匿名来信" : `署名来信 · ${letter.authorName ?? "—"}`} · 来信日期 ${letter.receivedOn}`}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="来信与答复" className="lg:col-span-2">
          <p className="mb-4 flex flex-wrap items-center gap-2 text-sm">
            <Badge tone="blue">{categoryLabel(letter.category)}</Badge>{" "}
            <StatusBadge
              status={letter.status}
              labels={LETTER_STATUS_LABELS}
              tones={LETTER_STATUS_TONES}
            />
            {letter.followUpId ? (
              can(user.roles, "followup.manage") ? (
                <Link
                  href={`/follow-ups/${letter.followUpId}`}
                  className="text-xs text-brand-700 hover:underline"
                >
                  已转督办 →
                </Link>
              ) : (
                <Badge tone="amber">已转督办</Badge>
              )
            ) : null}
          </p>
          <LetterThread entries={letter.entries} />
        </Card>
        <Card title="办理">
          <HandlerPanel id={letter.id} status={letter.status} followUpId={letter.followUpId} />
        </Card>
      </div>
    </>
  );
}
