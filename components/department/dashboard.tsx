import Link from "next/link";

import { PageHeader } from "@/components/ui/card";
import { RELATION_LABELS, type DepartmentDashboard } from "@/lib/department/queries";
import { formatDateTime } from "@/lib/format";

import { AppraisalSection } from "./appraisal";
import { DeploymentsSection } from "./deployments";
import { FollowUpsSection } from "./follow-ups";
import { MoodSection } from "./mood-section";
import { ReportStatusSection } from "./report-status";
import { StudySection } from "./study-table";
import { DepartmentSummary } from "./summary";
import { TalksSection } from "./talks";

/** The whole department dashboard; `others` lists the other departments the viewer may open. */
export function DepartmentDashboardView({
  d,
  others = [],
}: {
  d: DepartmentDashboard;
  others?: { id: string; name: string }[];
}) {
  const people = [
    d.department.head ? `负责人 ${d.department.head}` : "未设负责人",
    d.department.liaison ? `信息员 ${d.department.liaison}` : "未设信息员",
    d.department.leader ? `分管院领导 ${d.department.leader}` : null,
    `在岗 ${d.department.people} 人`,
  ].filter(Boolean);
  return (
    <>
      <PageHeader
        title={`${d.department.name} · 部门看板`}
        description={`${people.join(" · ")}。您以${RELATION_LABELS[d.relation]}身份查看。趋势、学习、谈话与考评统计截至 ${formatDateTime(d.asOf)}，报告、督办与部署事项为实时数据`}
        actions={
          others.length ? (
            <nav aria-label="切换部门" className="flex flex-wrap gap-2 text-sm">
              {others.map((o) => (
                <Link
                  key={o.id}
                  href={`/department/${o.id}`}
                  className="rounded border border-slate-300 bg-white px-2 py-1 text-slate-700 hover:bg-slate-50"
                >
                  {o.name}
                </Link>
              ))}
            </nav>
          ) : null
        }
      />
      <DepartmentSummary d={d} />
      <div className="grid grid-cols-1 gap-4">
        <ReportStatusSection d={d} />
        <MoodSection d={d} />
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <FollowUpsSection d={d} />
          <DeploymentsSection d={d} />
        </div>
        <StudySection d={d} />
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <TalksSection d={d} />
          <AppraisalSection d={d} />
        </div>
      </div>
    </>
  );
}
