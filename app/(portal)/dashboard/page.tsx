import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CampaignsSection } from "@/components/dashboard/campaigns";
import { DriversSection } from "@/components/dashboard/drivers";
import { ALL_DEPARTMENTS_PARAM, HeatmapSection } from "@/components/dashboard/heatmap-section";
import { IndexSection } from "@/components/dashboard/index-section";
import { PrintOpenDetails } from "@/components/dashboard/print-open";
import { SummaryFigures } from "@/components/dashboard/summary";
import { TopicsSection } from "@/components/dashboard/topics";
import { VolumeSection } from "@/components/dashboard/volume";
import { WarningsSection } from "@/components/dashboard/warnings";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { getDashboard, HEATMAP_MONTHS } from "@/lib/dashboard/queries";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "晴雨表看板" };

export default async function DashboardPage({
  searchParams,
}: {
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
} = {}) {
  const user = await requirePagePermission("dashboard.leadership", "/dashboard");
  const all = (await searchParams)?.[ALL_DEPARTMENTS_PARAM] === "all";
  const d = await getDashboard(user, new Date(), { reuse: true, allDepartments: all });
  if (!d) notFound();
  return (
    <>
      <PrintOpenDetails />
      <PageHeader
        title="晴雨表看板"
        description={`干警思想状况指数、部门热力图、预警、热点话题、谈话覆盖与学习咨询情况。统计截至 ${formatDateTime(d.now)}`}
      />
      <SummaryFigures d={d} />
      <div className="grid grid-cols-1 gap-4">
        <IndexSection d={d} />
        <HeatmapSection
          months={d.months}
          overall={d.overall}
          heatmap={d.heatmap}
          other={d.other}
          status={d.status}
          count={HEATMAP_MONTHS}
          all={all}
        />
        <WarningsSection
          warnings={d.warnings}
          manage={d.may.manageFollowUps}
          readReports={d.may.readReports}
          readFollowUps={d.may.readFollowUps}
        />
        <DriversSection drivers={d.drivers} />
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <TopicsSection topics={d.topics} linkable={d.may.readReports} />
          <CampaignsSection campaigns={d.campaigns} linkable={d.may.readCampaigns} />
        </div>
        <VolumeSection volume={d.volume} readStudyRankings={d.may.readStudyRankings} />
      </div>
    </>
  );
}
