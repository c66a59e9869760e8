import type { Metadata } from "next";

import { TalkForm } from "@/components/talks/talk-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { toDateInput } from "@/lib/format";
import { recordsForOthers } from "@/lib/talks/access";
import {
  listIntervieweeOptions,
  listInterviewerOptions,
  listOpenCampaignsByMember,
} from "@/lib/talks/queries";

export const metadata: Metadata = { title: "记录谈心谈话" };

export default async function NewTalkPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("talk.record", "/talks/new");
  const { intervieweeId } = await searchParams;
  const [interviewees, interviewers, campaignsByMember] = await Promise.all([
    listIntervieweeOptions(user),
    recordsForOthers(user.roles) ? listInterviewerOptions() : null,
    listOpenCampaignsByMember(user),
  ]);
  const initial = interviewees.some((o) => o.id === intervieweeId) ? intervieweeId : undefined;
  return (
    <>
      <PageHeader
        title="记录谈心谈话"
        description="谈话内容与反映的问题加密保存，仅谈话人、政治处和院领导可见，谈话对象本人不可见。"
      />
      <Card>
        <TalkForm
          interviewees={interviewees}
          interviewers={interviewers}
          campaignsByMember={campaignsByMember}
          today={toDateInput(new Date())}
          selfId={user.id}
          initialIntervieweeId={initial}
        />
      </Card>
    </>
  );
}
