import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { DepartmentRanking, PeopleRanking } from "@/components/study/rankings/ranking-tables";
import { RankingsFilter } from "@/components/study/rankings/rankings-filter";
import { ViewerStanding } from "@/components/study/rankings/viewer-standing";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/session";
import { pageOf } from "@/lib/batches";
import { shanghaiYear } from "@/lib/dates";
import { page as pageField } from "@/lib/forms/fields";
import { studyYears } from "@/lib/study/points/queries";
import { parseRankingYear } from "@/lib/study/rankings/params";
import {
  DEPARTMENT_RANKING_PER_PAGE,
  loadRankings,
  RANKING_PER_PAGE,
} from "@/lib/study/rankings/queries";

export const metadata: Metadata = { title: "学习排名" };

export default async function StudyRankingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePagePermission("study.rankings", "/study/rankings");
  const sp = await searchParams;
  const current = shanghaiYear();
  const years = await studyYears();
  const year = parseRankingYear(sp.year, years, current);
  const data = await loadRankings(user, year);
  if (!data) notFound();
  const dept = data.departments.find((d) => d.id === sp.dept);
  const people = pageOf(
    dept ? data.people.filter((p) => p.departmentId === dept.id) : data.people,
    pageField.parse(sp.page),
    RANKING_PER_PAGE,
  );
  const departments = pageOf(
    data.departments,
    pageField.parse(sp.dpage),
    DEPARTMENT_RANKING_PER_PAGE,
  );
  const meAt = data.people.findIndex((p) => p.id === user.id);
  const myDeptAt = data.departments.findIndex((d) => d.id === user.departmentId);
  const yearParam = year === null ? "all" : year === current ? undefined : String(year);
  const periodText = year === null ? "全部年度" : `${year} 年`;
  return (
    <>
      <PageHeader
        title="学习排名"
        description={`${periodText}学习积分排名：按个人和部门。积分 = 出席活动 + 审核通过的学习时长与心得体会，分值见积分规则。`}
      />
      <RankingsFilter
        years={years}
        year={year}
        current={current}
        basePath="/study/rankings"
        departments={data.departments.map((d) => ({ id: d.id, name: d.name }))}
        dept={dept?.id}
      />
      <ViewerStanding
        asOf={data.asOf}
        yearParam={yearParam}
        me={
          meAt < 0
            ? null
            : {
                rank: data.people[meAt].rank,
                points: data.people[meAt].points,
                page: Math.floor(meAt / RANKING_PER_PAGE) + 1,
              }
        }
        myDept={
          myDeptAt < 0
            ? null
            : {
                id: data.departments[myDeptAt].id,
                name: data.departments[myDeptAt].name,
                rank: data.departments[myDeptAt].rank,
                points: data.departments[myDeptAt].perCapita,
                page: Math.floor(myDeptAt / DEPARTMENT_RANKING_PER_PAGE) + 1,
              }
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <DepartmentRanking
          departments={departments}
          dept={dept?.id}
          mine={user.departmentId}
          peoplePage={people.page}
          periodText={periodText}
          yearParam={yearParam}
        />
        <PeopleRanking
          people={people}
          dept={dept}
          me={user.id}
          deptPage={departments.page}
          periodText={periodText}
          yearParam={yearParam}
        />
      </div>
    </>
  );
}
