import { SectionTabs, type SectionTab } from "@/components/ui/section-tabs";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";

/** A cycle's pages: one row of tabs; each page still checks its own permission and the cycle. */
export default async function AppraisalCycleLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const user = await requirePageUser();
  if (!can(user.roles, "appraisal.score")) return children;
  const { id } = await params;
  const base = `/appraisal/${id}`;
  const tabs: SectionTab[] = [
    { href: base, label: can(user.roles, "appraisal.manage") ? "考评控制台" : "考评概况" },
    { href: `${base}/score`, label: "我的评分" },
    { href: `${base}/mine`, label: "我的考评表" },
    ...(can(user.roles, "appraisal.read")
      ? [
          { href: `${base}/calibration`, label: "考评表·校准" },
          { href: `${base}/objections`, label: "异议处理" },
          { href: `${base}/summary`, label: "考评汇总" },
        ]
      : []),
    ...(can(user.roles, "appraisal.read") || user.roles.includes("DEPT_HEAD")
      ? [{ href: `${base}/honours`, label: "评先评优" }]
      : []),
  ];
  return (
    <>
      <SectionTabs label="考评周期" root={base} tabs={tabs} />
      {children}
    </>
  );
}
