import type { Metadata } from "next";

import { DraftForm } from "@/components/analysis-report/draft-form";
import { Card, PageHeader } from "@/components/ui/card";
import { previousQuarter, quarterOf } from "@/lib/analysis-report/period";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "起草思想状况分析报告" };

const NAMES = ["一", "二", "三", "四"];

export default async function NewAnalysisReportPage() {
  await requirePagePermission("analysisReport.manage", "/analysis-reports/new");
  // The current quarter and the seven before it; the last complete one is preselected.
  let q = quarterOf(new Date());
  const quarters: { value: string; label: string }[] = [];
  for (let i = 0; i < 8; i++) {
    quarters.push({
      value: `${q.year}-Q${q.quarter}`,
      label: `${q.year}年第${NAMES[q.quarter - 1]}季度${i === 0 ? "（本季度）" : ""}`,
    });
    q = previousQuarter(q);
  }
  return (
    <>
      <PageHeader
        title="起草思想状况分析报告"
        description="选择季度或日期区间，系统按晴雨表看板的同一口径生成各部分数字和图表；文字部分由政治处编辑。"
      />
      <Card>
        <DraftForm quarters={quarters} />
      </Card>
    </>
  );
}
