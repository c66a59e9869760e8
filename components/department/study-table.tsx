import Link from "next/link";

import { Card, EmptyState } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/styles";
import { Table, Td, Th } from "@/components/ui/table";
import type { DepartmentDashboard } from "@/lib/department/queries";
import { percent } from "@/lib/format";
import { formatPoints, formatTenths } from "@/lib/study/units";

/** Study attendance, approved hours and points of each of the department's people this year. */
export function StudySection({ d }: { d: DepartmentDashboard }) {
  const rows = d.study;
  const present = rows.reduce((s, r) => s + r.present, 0);
  const recorded = rows.reduce((s, r) => s + r.recorded, 0);
  const points = rows.reduce((s, r) => s + r.points, 0);
  return (
    <Card
      id="department-study"
      title={`学习出勤与积分（${d.year} 年）`}
      actions={
        <Link href="/study/activities" className={buttonClass.link}>
          学习活动
        </Link>
      }
    >
      {rows.length === 0 ? (
        <EmptyState
          title="本部门还没有在岗人员"
          hint="系统管理员在用户管理中为人员分配部门后显示"
        />
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600">
            全部门出勤 <strong className="tabular-nums">{present}</strong>/{recorded} 人次（
            {percent(present, recorded)}%），人均积分{" "}
            <strong className="tabular-nums">{formatPoints(points / rows.length)}</strong>。
            {recorded === 0 ? " 本年度尚无已登记的考勤：学习活动结束后由组织者登记出勤。" : ""}
            {rows.length > 10 ? ` 共 ${rows.length} 人，按积分排列，表内可滚动查看。` : ""}
          </p>
          <div className="max-h-96 overflow-y-auto">
            <Table caption="本部门人员学习出勤与积分">
              <thead>
                <tr>
                  <Th>姓名</Th>
                  <Th>出席（三会一课/其他）</Th>
                  <Th>请假</Th>
                  <Th>缺席</Th>
                  <Th>出勤率</Th>
                  <Th>自学学时</Th>
                  <Th>积分</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((r) => (
                  <tr key={r.id}>
                    <Td className="whitespace-nowrap">
                      {d.may.readRankings ? (
                        <Link
                          href={`/study/rankings/${r.id}?year=${d.year}`}
                          className="text-brand-700 hover:underline"
                        >
                          {r.realName}
                        </Link>
                      ) : (
                        r.realName
                      )}
                      <span className="ml-1 text-xs text-slate-500">{r.position}</span>
                    </Td>
                    <Td className="tabular-nums">
                      {r.counts.presentCore}/{r.counts.presentOther}
                    </Td>
                    <Td className="tabular-nums">{r.counts.leave}</Td>
                    <Td className={`tabular-nums ${r.counts.absent ? "text-brand-700" : ""}`}>
                      {r.counts.absent}
                    </Td>
                    <Td className="tabular-nums">
                      {r.recorded ? `${percent(r.present, r.recorded)}%` : "—"}
                    </Td>
                    <Td className="tabular-nums">{formatTenths(r.counts.approvedTenths)}</Td>
                    <Td className="font-medium tabular-nums">{formatPoints(r.points)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        </>
      )}
    </Card>
  );
}
