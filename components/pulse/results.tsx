// The results of one closed round: overall means and distributions (charts
// with table alternatives), shown groups' means, the masking notes, comments.
import { Card, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { AGE_LAYER_LABELS } from "@/lib/people/age";
import { NO_LAYER, OTHER_GROUP, type MaskedGroups } from "@/lib/people/masking";
import {
  isLow,
  LOW_FLOOR,
  LOW_GAP,
  pooledMeans,
  type GroupFigures,
  type QuestionFigures,
} from "@/lib/pulse/aggregate";
import { OTHER_GROUP_LABEL, SCALE, SCALE_LABELS, WITHHELD_NOTES } from "@/lib/pulse/labels";

import { DistributionChart, MeansChart } from "./charts";

type Question = { id: string; position: number; text: string };
const fmt = (m: number | null) => (m === null ? "—" : m.toFixed(2));

export function OverallResults({
  questions,
  overall,
}: {
  questions: Question[];
  overall: QuestionFigures[];
}) {
  const byId = new Map(overall.map((f) => [f.questionId, f]));
  return (
    <>
      <Card title="各题平均分（1–5 分，越高越积极）" className="mb-4">
        <MeansChart
          data={questions.map((q) => ({
            label: `第${q.position}题`,
            mean: byId.get(q.id)?.mean ?? null,
          }))}
        />
        <div className="mt-2">
          <Table caption="各题平均分及各分值人数">
            <thead>
              <tr>
                <Th>题目</Th>
                <Th>平均分</Th>
                {SCALE.map((v) => (
                  <Th key={v} className="text-right">
                    {v} {SCALE_LABELS[v]}
                  </Th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {questions.map((q) => {
                const f = byId.get(q.id);
                return (
                  <tr key={q.id}>
                    <Td className="min-w-48">
                      第{q.position}题 {q.text}
                    </Td>
                    <Td className="font-semibold tabular-nums">{fmt(f?.mean ?? null)}</Td>
                    {SCALE.map((v) => (
                      <Td key={v} className="text-right tabular-nums">
                        {f?.counts[v - 1] ?? 0}
                      </Td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </div>
      </Card>
      <Card title="各题评分分布（人数）" className="mb-4">
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {questions.map((q) => (
            <figure key={q.id}>
              <figcaption className="mb-1 text-sm text-slate-700">
                第{q.position}题 {q.text}
              </figcaption>
              <DistributionChart counts={byId.get(q.id)?.counts ?? [0, 0, 0, 0, 0]} />
            </figure>
          ))}
        </div>
        <p className="mt-2 text-xs text-slate-500">
          横轴 1–5 分依次为：{SCALE.map((v) => `${v} ${SCALE_LABELS[v]}`).join("、")}
          。各分值人数见上表。
        </p>
      </Card>
    </>
  );
}

/** Whole percent, capped at 100 (people who joined after the round may have answered). */
const ratePercent = (n: number, population: number) =>
  population > 0 ? `${Math.min(100, Math.round((n / population) * 100))}%` : "—";

function GroupTable({
  caption,
  head,
  questions,
  groups,
  label,
  populations,
}: {
  caption: string;
  head: string;
  questions: Question[];
  groups: GroupFigures[];
  label: (key: string) => string;
  populations?: Record<string, number> | null;
}) {
  const pooled = pooledMeans(groups, questions.length);
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{head}</Th>
          <Th className="text-right">作答人数</Th>
          {populations ? (
            <>
              <Th className="text-right">在职人数</Th>
              <Th className="text-right">参与率</Th>
            </>
          ) : null}
          {questions.map((q) => (
            <Th key={q.id} className="text-right">
              第{q.position}题
            </Th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {groups.map((g) => (
          <tr key={g.key}>
            <Td className="whitespace-nowrap">{label(g.key)}</Td>
            <Td className="text-right tabular-nums">{g.n}</Td>
            {populations ? (
              <>
                <Td className="text-right tabular-nums">{populations[g.key] ?? "—"}</Td>
                <Td className="text-right tabular-nums">
                  {ratePercent(g.n, populations[g.key] ?? 0)}
                </Td>
              </>
            ) : null}
            {g.means.map((m, i) =>
              isLow(m, pooled[i]) ? (
                <Td
                  key={questions[i].id}
                  className="bg-red-50 text-right font-semibold text-red-700 tabular-nums"
                >
                  {fmt(m)}
                  <span className="sr-only">（偏低，全部分组平均 {fmt(pooled[i])}）</span>
                </Td>
              ) : (
                <Td key={questions[i].id} className="text-right tabular-nums">
                  {fmt(m)}
                </Td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function GroupResults({
  questions,
  masked,
  departments,
  ageGroups,
  departmentNames,
  departmentPopulations,
}: {
  questions: Question[];
  masked: MaskedGroups;
  departments: GroupFigures[];
  ageGroups: GroupFigures[] | null;
  departmentNames: Record<string, string>;
  /** active staff per shown department group when the round was released, or null */
  departmentPopulations?: Record<string, number> | null;
}) {
  const deptLabel = (key: string) =>
    key === OTHER_GROUP ? OTHER_GROUP_LABEL : (departmentNames[key] ?? "（已撤销的部门）");
  const ageLabel = (key: string) =>
    key
      .split("+")
      .map((l) =>
        l === NO_LAYER ? "不分年龄层" : (AGE_LAYER_LABELS[l as keyof typeof AGE_LAYER_LABELS] ?? l),
      )
      .join("＋");
  const merged = masked.departments.some((g) => g.key === OTHER_GROUP);
  const ageMerged = masked.ageGroups?.some((g) => g.layers.length > 1);
  return (
    <div className="mb-4 grid gap-4 xl:grid-cols-2">
      <Card title="按部门（各题平均分）" className="min-w-0">
        <GroupTable
          caption="按部门分组的各题平均分"
          head="部门"
          questions={questions}
          groups={departments}
          label={deptLabel}
          populations={departmentPopulations}
        />
        <p className="mt-2 text-xs text-slate-500">
          <span className="mr-1 inline-block rounded bg-red-50 px-1 font-semibold text-red-700">
            红色
          </span>
          为偏低的分组平均分（低于 {LOW_FLOOR} 分，或比全部分组平均低 {LOW_GAP} 分及以上）。
          {merged ? WITHHELD_NOTES.smallDepartments : "各部门作答人数均不少于 5 人。"}
          {departmentPopulations ? " 在职人数为测评结束时的在职干警人数。" : ""}
        </p>
      </Card>
      <Card title="按年龄层（各题平均分）" className="min-w-0">
        {ageGroups ? (
          <>
            <GroupTable
              caption="按年龄层分组的各题平均分"
              head="年龄层"
              questions={questions}
              groups={ageGroups}
              label={ageLabel}
            />
            {ageMerged ? (
              <p className="mt-2 text-xs text-slate-500">{WITHHELD_NOTES.ageMerged}</p>
            ) : null}
          </>
        ) : (
          <EmptyState
            title="本轮不显示年龄层结果"
            hint={
              masked.ageWithheld === "DERIVABLE"
                ? WITHHELD_NOTES.ageDerivable
                : WITHHELD_NOTES.ageTooFew
            }
          />
        )}
      </Card>
    </div>
  );
}
