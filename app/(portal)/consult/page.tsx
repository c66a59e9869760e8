import type { Metadata } from "next";
import Link from "next/link";

import { AllView } from "@/components/consult/all-view";
import { ConsultLinks } from "@/components/consult/consult-nav";
import { MineView } from "@/components/consult/mine-view";
import { QueueView } from "@/components/consult/queue-view";
import { PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "改革咨询" };

type Search = Record<string, string | undefined>;

export default async function ConsultPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePagePermission("consult.ask", "/consult");
  const sp = await searchParams;
  const canAnswer = can(user.roles, "consult.answer");
  const canStats = canAnswer || can(user.roles, "dashboard.leadership");
  const tab = canAnswer ? (sp.tab === "all" || sp.tab === "mine" ? sp.tab : "queue") : "mine";
  const tabs = [
    { key: "queue", label: "待答复队列" },
    { key: "all", label: "全部咨询" },
    { key: "mine", label: "我的咨询" },
  ];
  return (
    <>
      <PageHeader
        title="改革咨询"
        description="司法责任制改革政策咨询：政治处 24 小时点对点答复"
        actions={<ConsultLinks canAnswer={canAnswer} canStats={canStats} />}
      />
      {canAnswer ? (
        <nav aria-label="咨询视图" className="mb-4 flex gap-1 border-b border-slate-200">
          {tabs.map((t) => (
            <Link
              key={t.key}
              href={t.key === "queue" ? "/consult" : `/consult?tab=${t.key}`}
              aria-current={tab === t.key ? "page" : undefined}
              className={`-mb-px border-b-2 px-4 py-2 text-sm ${tab === t.key ? "border-brand-600 font-medium text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
            >
              {t.label}
            </Link>
          ))}
        </nav>
      ) : null}
      {tab === "queue" ? (
        <QueueView user={user} sp={sp} />
      ) : tab === "all" ? (
        <AllView user={user} sp={sp} />
      ) : (
        <MineView user={user} sp={sp} />
      )}
    </>
  );
}
