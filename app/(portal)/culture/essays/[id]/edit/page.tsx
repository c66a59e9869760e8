import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CallForm } from "@/components/culture/essays/call-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getCall, listColumnChoices, listJudgeCandidates } from "@/lib/culture/essays/queries";
import { toDateTimeInput } from "@/lib/format";

export const metadata: Metadata = { title: "修改征文" };

export default async function EditEssayCallPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission("culture.manage", "/culture/essays/[id]/edit");
  const [call, departments, columns] = await Promise.all([
    getCall(id),
    listJudgeCandidates(),
    listColumnChoices(),
  ]);
  if (!call) notFound();
  return (
    <>
      <PageHeader title={`修改征文：${call.title}`} />
      <Card>
        {call.resultsPublishedAt ? (
          <EmptyState title="结果已公布，征文不能再修改" />
        ) : (
          <CallForm
            departments={departments}
            columns={columns}
            criteriaLocked={call.scored}
            values={{
              id: call.id,
              title: call.title,
              theme: call.theme,
              rules: call.rules,
              opensAt: toDateTimeInput(call.opensAt),
              closesAt: toDateTimeInput(call.closesAt),
              criteria: call.criteria.map((c) => c.label),
              judgeIds: call.judges.map((j) => j.user.id),
              columnId: call.columnId ?? "",
            }}
          />
        )}
      </Card>
    </>
  );
}
