import type { Metadata } from "next";

import { RoundForm } from "@/components/pulse/round-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { toDateInput } from "@/lib/format";

export const metadata: Metadata = { title: "新建测评" };

export default async function NewPulseRoundPage() {
  await requirePagePermission("pulse.manage", "/pulse/new");
  const now = new Date();
  return (
    <>
      <PageHeader
        title="新建测评"
        description="设定时间窗口和 3–8 道题目。测评匿名进行，结果只按 5 人以上的群体汇总显示。"
      />
      <Card>
        <RoundForm
          today={toDateInput(now)}
          twoWeeks={toDateInput(new Date(now.getTime() + 13 * 24 * 3600_000))}
        />
      </Card>
    </>
  );
}
