import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ActivityForm } from "@/components/study/activities/activity-form";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate, toDateTimeInput } from "@/lib/format";
import { getActivity, listActivityFormOptions } from "@/lib/study/activities/queries";
import type { ActivityType } from "@/lib/study/types";

export const metadata: Metadata = { title: "编辑学习活动" };

export default async function EditActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePagePermission("study.manage", "/study/activities/[id]/edit");
  const [data, options] = await Promise.all([getActivity(user, id), listActivityFormOptions()]);
  if (!data) notFound();
  const a = data.activity;
  const campaigns = options.campaigns.map((c) => ({
    id: c.id,
    label: `${c.title}（${formatDate(c.startsOn)} 至 ${formatDate(c.endsOn)}）`,
  }));
  return (
    <>
      <PageHeader
        title={`编辑学习活动：${a.title}`}
        actions={
          <Link href={`/study/activities/${a.id}`} className={buttonClass.secondary}>
            返回活动
          </Link>
        }
      />
      <Card>
        <ActivityForm
          campaigns={campaigns}
          organisers={options.organisers}
          departments={options.departments}
          activity={{
            id: a.id,
            campaignId: a.campaign?.id ?? null,
            type: a.type as ActivityType,
            theme: a.theme,
            title: a.title,
            heldAt: toDateTimeInput(a.heldAt),
            location: a.location,
            organiserId: a.organiserId,
            description: a.description,
          }}
        />
      </Card>
    </>
  );
}
