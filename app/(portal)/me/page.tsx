import type { Metadata } from "next";

import { FollowUpsBlock, LettersBlock, MattersBlock } from "@/components/me/sanhao-blocks";
import { AppraisalBlock, ConductBlock, CultureBlock } from "@/components/me/sanhe-blocks";
import { ConsultBlock, QuotaBlock, StudyBlock } from "@/components/me/sanzhu-blocks";
import { UpcomingBlock } from "@/components/me/upcoming-block";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { loadMyPage } from "@/lib/me/queries";

export const metadata: Metadata = { title: "我的" };

/**
 * "我的": the signed-in person's own records in one page, each block linking
 * to its list. Blocks follow the person's permissions; every read is scoped
 * to the person (lib/me/queries.ts).
 */
export default async function MePage() {
  const user = await requirePagePermission("me.view", "/me");
  const d = await loadMyPage(user);
  const blocks = [
    d.upcoming.counts.study !== null ||
    d.upcoming.counts.culture !== null ||
    d.upcoming.counts.meetings !== null ? (
      <UpcomingBlock key="upcoming" data={d.upcoming} />
    ) : null,
    d.study ? <StudyBlock key="study" data={d.study} /> : null,
    d.followUps ? <FollowUpsBlock key="follow-ups" data={d.followUps} userId={user.id} /> : null,
    d.consult ? <ConsultBlock key="consult" data={d.consult} /> : null,
    d.letters ? <LettersBlock key="letters" data={d.letters} /> : null,
    d.matters ? <MattersBlock key="matters" data={d.matters} /> : null,
    d.quota ? <QuotaBlock key="quota" data={d.quota} /> : null,
    d.conduct ? <ConductBlock key="conduct" data={d.conduct} /> : null,
    d.culture ? <CultureBlock key="culture" data={d.culture} /> : null,
    d.appraisal ? <AppraisalBlock key="appraisal" data={d.appraisal} /> : null,
  ].filter((b) => b !== null);
  return (
    <>
      <PageHeader
        title="我的"
        description={`${user.realName}${user.departmentName ? ` · ${user.departmentName}` : ""}：本人的学习、咨询、来信、报告、督办、考评等记录，仅本人可见`}
      />
      {blocks.length === 0 ? (
        <EmptyState
          title="您的账号没有个人业务记录"
          hint="系统管理员和安全审计员不参与业务工作，这里没有可显示的内容。"
        />
      ) : (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">{blocks}</div>
      )}
    </>
  );
}
