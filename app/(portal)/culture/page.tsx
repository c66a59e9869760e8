import type { Metadata } from "next";
import Link from "next/link";

import { MyParticipation } from "@/components/culture/my-participation";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { cultureOverview } from "@/lib/culture/queries";

export const metadata: Metadata = { title: "检察文化" };

export default async function CulturePage() {
  const user = await requirePagePermission(["culture.participate", "culture.manage"], "/culture");
  const o = await cultureOverview(new Date());
  const cards = [
    {
      href: "/culture/essays",
      title: "征文征言",
      text: "如“我眼中的梁溪检察”征言：投稿、评审、评奖与刊发。",
      figure: o.openCalls > 0 ? `${o.openCalls} 个征集中` : "暂无征集中的征文",
    },
    {
      href: "/culture/albums",
      title: "电子相册",
      text: "全院干警电子相册与活动相册：上传、审核、标记同事。",
      figure: `${o.albums} 个相册 · ${o.approvedPhotos} 张照片`,
    },
    {
      href: "/culture/clubs",
      title: "社团",
      text: "如东林法学社：章程、成员、读书分享与讲座、社团日志。",
      figure: `${o.clubs} 个社团`,
    },
    {
      href: "/culture/events",
      title: "集体活动",
      text: "如“奔跑吧，青春的力量！”徒步行：报名、候补、签到与相册。",
      figure: o.upcomingEvents > 0 ? `${o.upcomingEvents} 个即将开始` : "暂无即将开始的活动",
    },
  ];
  return (
    <>
      <PageHeader
        title="检察文化"
        description="发挥检察文化的引领、渗透、融合、凝聚作用，增强干警对梁溪检察的认同感、归属感。"
      />
      <div className="mb-4 grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {cards.map((c) => (
          <Link
            key={c.href}
            href={c.href}
            className="hover:border-brand-300 rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:shadow"
          >
            <h2 className="text-base font-semibold text-slate-800">{c.title}</h2>
            <p className="mt-1 text-sm text-slate-500">{c.text}</p>
            <p className="mt-3 text-sm font-medium text-brand-700">{c.figure}</p>
          </Link>
        ))}
      </div>
      <MyParticipation userId={user.id} />
    </>
  );
}
