import type { Metadata } from "next";
import Link from "next/link";

import { PeriodSwitch } from "@/components/study/mine-period";
import {
  MonthlyHoursCard,
  MyAttendanceSection,
  MyLogSection,
  MyPointsCard,
  MyStudyFigures,
  type Search,
} from "@/components/study/mine-sections";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { shanghaiYear } from "@/lib/dates";
import { countMyLogsByStatus } from "@/lib/study/log/queries";
import type { Period } from "@/lib/study/periods";
import { countStudyFor, loadRules } from "@/lib/study/points/queries";
import { computePoints } from "@/lib/study/points/rules";

export const metadata: Metadata = { title: "我的学习" };

export default async function MyStudyPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePagePermission(["study.log", "study.manage"], "/study");
  const sp = await searchParams;
  const now = new Date();
  const year = shanghaiYear(now);
  const all = sp.period === "all";
  const period: Period = { year: all ? null : year };
  const [rules, mine, thisYear, byStatus] = await Promise.all([
    loadRules(),
    countStudyFor(user.id, period),
    all ? countStudyFor(user.id, { year }) : null,
    countMyLogsByStatus(user),
  ]);
  const breakdown = computePoints(mine.counts, rules);
  return (
    <>
      <PageHeader
        title="我的学习"
        description="学习积分、学习时长与学习记录。出席记录以组织者登记的考勤为准，学习日志经审核通过后计入。"
        actions={
          <Link href="/study/log#new" className={buttonClass.primary}>
            登记学习
          </Link>
        }
      />
      <div className="mb-4">
        <PeriodSwitch year={year} all={all} basePath="/study" />
      </div>
      <MyStudyFigures
        year={year}
        all={all}
        points={breakdown.total}
        yearTenths={(thisYear ?? mine).counts.approvedTenths}
        byStatus={byStatus}
      />
      <div className="mb-4 grid gap-4 lg:grid-cols-2">
        <MyPointsCard
          year={year}
          all={all}
          counts={mine.counts}
          rules={rules}
          breakdown={breakdown}
        />
        <Card
          title={all ? "每月学习时长（近 24 个月）" : `${year} 年每月学习时长`}
          className="min-w-0"
        >
          <MonthlyHoursCard user={user} all={all} now={now} />
        </Card>
      </div>
      <MyAttendanceSection user={user} period={period} sp={sp} all={all} />
      <MyLogSection user={user} period={period} sp={sp} all={all} />
    </>
  );
}
