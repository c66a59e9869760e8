// When the rankings were computed, and where the viewer and their department
// stand, each a link to the page of the table that lists them: with hundreds
// of people and departments paged, the viewer's own rows stay one click away.
import Link from "next/link";

import { formatTime } from "@/lib/format";
import { formatPoints } from "@/lib/study/units";

import { rankingsQuery } from "./rankings-filter";

type Standing = { rank: number; points: number; page: number };

export function ViewerStanding({
  asOf,
  me,
  myDept,
  yearParam,
}: {
  asOf: Date;
  me: Standing | null;
  myDept: (Standing & { id: string; name: string }) | null;
  yearParam?: string;
}) {
  const link = "text-brand-700 hover:underline";
  return (
    <p className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
      <span>统计于 {formatTime(asOf)}（每分钟更新，审核、考勤与积分规则变更后即时更新）</span>
      {me ? (
        <Link
          className={link}
          href={`/study/rankings${rankingsQuery(yearParam, { page: me.page > 1 ? String(me.page) : undefined })}#people`}
        >
          我的名次：第 {me.rank} 名（{formatPoints(me.points)} 分）
        </Link>
      ) : null}
      {myDept ? (
        <Link
          className={link}
          href={`/study/rankings${rankingsQuery(yearParam, {
            dept: myDept.id,
            dpage: myDept.page > 1 ? String(myDept.page) : undefined,
          })}#people`}
        >
          {myDept.name}：部门第 {myDept.rank} 名（人均 {formatPoints(myDept.points)} 分）
        </Link>
      ) : null}
    </p>
  );
}
