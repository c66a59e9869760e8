// A MANUAL indicator's result on a sheet from its scoring tasks (pure).
// Named scorers: the mean of their scores once all have scored (a task
// marked 不适用 makes the indicator not apply). 民主测评: the mean once at
// least MIN_PEERS colleagues have scored; when scoring closes with fewer,
// it does not apply (nobody's single score is ever shown).
import { divideRoundHalfUp } from "../../scores";
import { MIN_PEERS } from "../scorers";
import type { IndicatorResult } from "../totals";

export type Task = { scorerId: string | null; centi: number | null; notApplicable: boolean };

export type ManualResult = IndicatorResult & { detail: string };

const mean = (xs: number[]) =>
  divideRoundHalfUp(
    xs.reduce((a, b) => a + b, 0),
    xs.length,
  );

export function manualResult(tasks: readonly Task[], closing: boolean): ManualResult {
  const peer = tasks.length > 0 && tasks.every((t) => t.scorerId === null);
  const scored = tasks.filter((t) => t.centi !== null && !t.notApplicable).map((t) => t.centi!);
  if (peer) {
    if (scored.length >= MIN_PEERS)
      return {
        kind: "SCORED",
        centi: mean(scored),
        detail: `民主测评：${scored.length} 位同事评分的平均分`,
      };
    return closing
      ? { kind: "NA", detail: `民主测评有效评分不足 ${MIN_PEERS} 份，不计入` }
      : { kind: "PENDING", detail: `民主测评已收到 ${scored.length} 份评分` };
  }
  if (tasks.length === 0) return { kind: "PENDING", detail: "尚未分配评分人" };
  if (tasks.some((t) => t.notApplicable)) return { kind: "NA", detail: "评分人认定该指标不适用" };
  if (scored.length < tasks.length)
    return { kind: "PENDING", detail: `已评 ${scored.length}/${tasks.length}` };
  return {
    kind: "SCORED",
    centi: mean(scored),
    detail: tasks.length === 1 ? "评分人评分" : `${tasks.length} 位评分人的平均分`,
  };
}
