import { Badge, Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { DRIVER_MIN_GROUP } from "@/lib/dashboard/drivers";
import type { Dashboard } from "@/lib/dashboard/queries";
import { formatDate } from "@/lib/format";

const fmt = (x: number | null, digits: number) => (x === null ? "—" : x.toFixed(digits));

/** The latest closed pulse round's drivers: each statement's mean against its impact, by group of ≥ 25. */
export function DriversSection({ drivers }: { drivers: Dashboard["drivers"] }) {
  return (
    <Card id="dashboard-drivers" title="测评驱动因素分析">
      {!drivers ? (
        <p className="text-sm text-slate-500">尚无已结束的思想状况测评。</p>
      ) : (
        <>
          <p className="mb-3 text-xs text-slate-500">
            {drivers.round.title}（{formatDate(drivers.round.closesAt)}{" "}
            结束）。影响度为该项得分与其余各项平均分的相关系数：越高，该项越随整体状况起伏。均分低于中位数且影响度高于中位数的项列为“低分且影响大”，宜优先改进。仅分析
            {DRIVER_MIN_GROUP} 人及以上的群体，小部门按测评规则并入“其他部门”。
          </p>
          {drivers.groups.length === 0 ? (
            <p className="text-sm text-slate-500">
              本轮没有达到 {DRIVER_MIN_GROUP} 人的群体，不作驱动因素分析。
            </p>
          ) : (
            <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
              {drivers.groups.map((g) => {
                const priorities = g.drivers.filter((d) => d.priority);
                return (
                  <div key={g.key}>
                    <h3 className="mb-1 text-sm font-semibold text-slate-800">
                      {g.name}（{g.n} 人）
                    </h3>
                    <p className="mb-2 text-xs text-slate-600">
                      低分且影响大：
                      {priorities.length ? priorities.map((d) => d.text).join("、") : "无"}
                    </p>
                    <Table caption={`${g.name}测评各项均分与影响度`}>
                      <thead>
                        <tr>
                          <Th>测评项</Th>
                          <Th>均分</Th>
                          <Th>影响度</Th>
                        </tr>
                      </thead>
                      <tbody className="divide-y divide-slate-100">
                        {g.drivers.map((d) => (
                          <tr key={d.id}>
                            <Td>
                              {d.text} {d.priority ? <Badge tone="red">低分且影响大</Badge> : null}
                            </Td>
                            <Td className="tabular-nums">{fmt(d.mean, 2)}</Td>
                            <Td className="tabular-nums">{fmt(d.impact, 2)}</Td>
                          </tr>
                        ))}
                      </tbody>
                    </Table>
                  </div>
                );
              })}
            </div>
          )}
        </>
      )}
    </Card>
  );
}
