import Link from "next/link";

import { Table, Td, Th } from "@/components/ui/table";
import {
  RULE_SPECS,
  type PointsBreakdown,
  type RuleKey,
  type Rules,
  type StudyCounts,
} from "@/lib/study/points/rules";
import { formatPoints, formatTenths } from "@/lib/study/units";

export type BreakdownLine =
  "presentCore" | "presentOther" | "leave" | "absent" | "hours" | "reflections";

const LINES: { key: BreakdownLine; rule: RuleKey; qty: (c: StudyCounts) => string }[] = [
  { key: "presentCore", rule: "ATTEND_PRESENT_CORE", qty: (c) => `${c.presentCore} 次` },
  { key: "presentOther", rule: "ATTEND_PRESENT_OTHER", qty: (c) => `${c.presentOther} 次` },
  { key: "leave", rule: "ATTEND_LEAVE", qty: (c) => `${c.leave} 次` },
  { key: "absent", rule: "ATTEND_ABSENT", qty: (c) => `${c.absent} 次` },
  { key: "hours", rule: "LOG_HOUR", qty: (c) => `${formatTenths(c.approvedTenths)} 小时` },
  { key: "reflections", rule: "REFLECTION_BONUS", qty: (c) => `${c.reflections} 篇` },
];

/** Points line by line: quantity × rule = points, each quantity linking to its records when a link is given. */
export function PointsBreakdownTable({
  counts,
  rules,
  breakdown,
  links = {},
  caption,
}: {
  counts: StudyCounts;
  rules: Rules;
  breakdown: PointsBreakdown;
  links?: Partial<Record<BreakdownLine, string>>;
  caption: string;
}) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>项目</Th>
          <Th>数量</Th>
          <Th>分值</Th>
          <Th className="text-right">积分</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {LINES.map((l) => {
          const href = links[l.key];
          return (
            <tr key={l.key}>
              <Td>{RULE_SPECS[l.rule].label}</Td>
              <Td className="whitespace-nowrap tabular-nums">
                {href ? (
                  <Link href={href} className="text-brand-700 hover:underline">
                    {l.qty(counts)}
                  </Link>
                ) : (
                  l.qty(counts)
                )}
              </Td>
              <Td className="whitespace-nowrap text-slate-500 tabular-nums">
                × {formatTenths(rules[l.rule])} {RULE_SPECS[l.rule].unit}
              </Td>
              <Td className="text-right tabular-nums">{formatPoints(breakdown[l.key])}</Td>
            </tr>
          );
        })}
        <tr className="font-semibold">
          <Td>合计</Td>
          <Td />
          <Td />
          <Td className="text-right tabular-nums">{formatPoints(breakdown.total)}</Td>
        </tr>
      </tbody>
    </Table>
  );
}
