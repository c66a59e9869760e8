import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { CallInfo } from "@/components/culture/essays/call-info";
import { MyEntry } from "@/components/culture/essays/my-entry";
import { PublishResults } from "@/components/culture/essays/publish-results";
import { PHASE_TONES } from "@/components/culture/essays/tones";
import { Winners } from "@/components/culture/essays/winners";
import { Card, PageHeader } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { buttonClass } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { judgingRole } from "@/lib/culture/essays/judging";
import { callPhase, PHASE_LABELS } from "@/lib/culture/essays/labels";
import { getCall, listWinners, myEntry } from "@/lib/culture/essays/queries";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "征文" };

export default async function EssayCallPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission(
    ["culture.participate", "culture.manage"],
    "/culture/essays/[id]",
  );
  const call = await getCall(id);
  if (!call) notFound();
  const now = new Date();
  const phase = callPhase(call, now);
  const manager = can(user.roles, "culture.manage");
  const [mine, role, winners] = await Promise.all([
    myEntry(user, call.id),
    judgingRole(user, call, now),
    call.resultsPublishedAt ? listWinners(call.id) : Promise.resolve([]),
  ]);
  return (
    <>
      <PageHeader
        title={call.title}
        description={`${call.createdBy.realName} 发起于 ${formatDate(call.createdAt)}`}
        actions={
          <div className="flex flex-wrap gap-2">
            {role ? (
              <Link href={`/culture/essays/${call.id}/judging`} className={buttonClass.primary}>
                {role === "MANAGER" ? "评审与评奖" : "评审作品"}
              </Link>
            ) : null}
            {manager && !call.resultsPublishedAt ? (
              <Link href={`/culture/essays/${call.id}/edit`} className={buttonClass.secondary}>
                修改征文
              </Link>
            ) : null}
            <Link href="/culture/essays" className={buttonClass.secondary}>
              返回列表
            </Link>
          </div>
        }
      />
      <div className="space-y-4">
        <Card
          title={
            <span className="flex items-center gap-2">
              征文信息 <StatusBadge status={phase} labels={PHASE_LABELS} tones={PHASE_TONES} />
            </span>
          }
        >
          <CallInfo call={call} />
        </Card>
        {call.resultsPublishedAt ? (
          <Card title={`评选结果（${formatDate(call.resultsPublishedAt)} 公布）`}>
            <Winners callId={call.id} rows={winners} />
          </Card>
        ) : null}
        {can(user.roles, "culture.participate") ? (
          <Card title="我的作品">
            <MyEntry callId={call.id} phase={phase} entry={mine} opensAt={call.opensAt} />
          </Card>
        ) : null}
        {manager && phase === "CLOSED" ? (
          <Card title="公布结果">
            <PublishResults callId={call.id} recused={mine !== null} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
