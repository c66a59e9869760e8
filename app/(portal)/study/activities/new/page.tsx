import type { Metadata } from "next";

import { ActivityForm } from "@/components/study/activities/activity-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { listActivityFormOptions } from "@/lib/study/activities/queries";

export const metadata: Metadata = { title: "新建学习活动" };

export default async function NewActivityPage({
  searchParams,
}: {
  searchParams: Promise<{ campaignId?: string }>;
}) {
  await requirePagePermission("study.manage", "/study/activities/new");
  const [{ campaignId }, options] = await Promise.all([searchParams, listActivityFormOptions()]);
  const campaigns = options.campaigns.map((c) => ({
    id: c.id,
    label: `${c.title}（${formatDate(c.startsOn)} 至 ${formatDate(c.endsOn)}）`,
  }));
  return (
    <>
      <PageHeader
        title="新建学习活动"
        description="三会一课（支部党员大会、支委会、党小组会、党课）、一把手讲党课、党员评议、专题辅导讲座、座谈会、征文/主题活动和教育培训。"
      />
      <Card>
        <ActivityForm
          campaigns={campaigns}
          organisers={options.organisers}
          departments={options.departments}
          defaultCampaignId={
            options.campaigns.some((c) => c.id === campaignId) ? campaignId : undefined
          }
        />
      </Card>
    </>
  );
}
