import { SectionTabs, type SectionTab } from "@/components/ui/section-tabs";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { countPendingReview, getReviewScope } from "@/lib/study/log/queries";

/** The 学习教育 section: one row of tabs above each page; each page still checks its own permission. */
export default async function StudyLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  if (!can(user.roles, "study.log") && !can(user.roles, "study.manage")) return children;
  const reviewer = (await getReviewScope(user)) !== null;
  const tabs: SectionTab[] = [
    { href: "/study", label: "我的学习" },
    { href: "/study/activities", label: "学习活动", also: ["/study/campaigns"] },
    { href: "/study/log", label: "学习日志" },
  ];
  if (reviewer)
    tabs.push({ href: "/study/review", label: "审核", badge: await countPendingReview(user) });
  if (can(user.roles, "study.manage")) tabs.push({ href: "/study/points", label: "积分规则" });
  if (can(user.roles, "study.rankings")) tabs.push({ href: "/study/rankings", label: "学习排名" });
  return (
    <>
      <SectionTabs label="学习教育" root="/study" tabs={tabs} />
      {children}
    </>
  );
}
