import type { Metadata } from "next";

import { PointsForm } from "@/components/study/points/points-form";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { listRuleRows, loadRules } from "@/lib/study/points/queries";
import { CORE_ACTIVITY_TYPES, RULE_KEYS, RULE_SPECS } from "@/lib/study/points/rules";
import { activityTypeLabel } from "@/lib/study/types";
import { formatTenths } from "@/lib/study/units";

export const metadata: Metadata = { title: "积分规则" };

export default async function StudyPointsPage() {
  await requirePagePermission("study.manage", "/study/points");
  const [rules, rows] = await Promise.all([loadRules(), listRuleRows()]);
  const saved = new Map(rows.map((r) => [r.key, r]));
  return (
    <>
      <PageHeader
        title="积分规则"
        description="学习积分 = 出席活动次数 × 每次分值 + 审核通过的学习时长 × 每小时分值 + 审核通过的心得体会篇数 × 每篇分值。修改后立即适用于我的学习和学习排名（含往年）。"
      />
      <div className="grid gap-4 lg:grid-cols-5">
        <Card title="修改分值" className="min-w-0 lg:col-span-3">
          <PointsForm rules={rules} />
        </Card>
        <Card title="当前规则" className="min-w-0 lg:col-span-2">
          <Table caption="当前积分规则及最后修改情况">
            <thead>
              <tr>
                <Th>项目</Th>
                <Th>分值</Th>
                <Th>最后修改</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {RULE_KEYS.map((k) => {
                const r = saved.get(k);
                return (
                  <tr key={k}>
                    <Td>{RULE_SPECS[k].label}</Td>
                    <Td className="whitespace-nowrap tabular-nums">
                      {formatTenths(rules[k])} {RULE_SPECS[k].unit}
                    </Td>
                    <Td className="text-xs text-slate-500">
                      {r?.updatedBy
                        ? `${r.updatedBy.realName} · ${formatDateTime(r.updatedAt)}`
                        : r
                          ? formatDateTime(r.updatedAt)
                          : "默认值"}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <p className="mt-3 text-xs text-slate-500">
            “三会一课”指：{CORE_ACTIVITY_TYPES.map(activityTypeLabel).join("、")}
            。出席记录以活动组织者登记的考勤为准，未登记的不计分。
          </p>
        </Card>
      </div>
    </>
  );
}
