import { SectionTabs, type SectionTab } from "@/components/ui/section-tabs";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/auth/session";

/** The 检察文化 section: one row of tabs above each page; each page still checks its own permission. */
export default async function CultureLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  if (!can(user.roles, "culture.participate") && !can(user.roles, "culture.manage"))
    return children;
  const tabs: SectionTab[] = [
    { href: "/culture", label: "概览" },
    { href: "/culture/essays", label: "征文征言" },
    { href: "/culture/albums", label: "电子相册" },
    { href: "/culture/clubs", label: "社团" },
    { href: "/culture/events", label: "集体活动" },
  ];
  return (
    <>
      <SectionTabs label="检察文化" root="/culture" tabs={tabs} />
      {children}
    </>
  );
}
