// The cycle's state machine: 草稿 → 指标设置 → 打分中 → 校准 → 公示 → 异议处理 →
// 已归档, forward only, one step at a time. What each state allows is decided
// here and nowhere else, so that "any change after lock" is refused in one place.
import { CYCLE_STATE_LABELS, CYCLE_STATES, type CycleState } from "./labels";

/** The state after `s`, or null for 已归档. */
export function nextState(s: CycleState): CycleState | null {
  const i = CYCLE_STATES.indexOf(s);
  return i >= 0 && i < CYCLE_STATES.length - 1 ? CYCLE_STATES[i + 1] : null;
}

export function canAdvance(from: CycleState, to: CycleState): boolean {
  return nextState(from) === to;
}

/** The kinds of change a cycle can receive, each allowed in some states only. */
export type CycleChange =
  | "editCycle" //        title, period, deadlines, grade distribution
  | "editIndicators" //   categories, indicators, weights, scorers
  | "score" //            a scorer's MANUAL score
  | "calibrate" //        an adjustment of a total or grade, with a reason
  | "fileObjection" //    one per sheet, inside the 公示 window (checked separately)
  | "answerObjection"
  | "openHonours"; //     评先评优 from the archived ranking

const ALLOWED: Record<CycleChange, readonly CycleState[]> = {
  editCycle: ["DRAFT", "SETUP"],
  editIndicators: ["DRAFT", "SETUP"],
  score: ["SCORING"],
  calibrate: ["CALIBRATION"],
  fileObjection: ["PUBLICITY"],
  answerObjection: ["PUBLICITY", "OBJECTION"],
  openHonours: ["ARCHIVED"],
};

export function allows(state: CycleState, change: CycleChange): boolean {
  return ALLOWED[change].includes(state);
}

/** Totals are frozen from 公示 on: nothing but an objection's answer may change them. */
export function isLocked(state: CycleState): boolean {
  return CYCLE_STATES.indexOf(state) >= CYCLE_STATES.indexOf("PUBLICITY");
}

const CHANGE_TEXT: Record<CycleChange, string> = {
  editCycle: "修改考评周期",
  editIndicators: "修改考评指标",
  score: "评分",
  calibrate: "校准",
  fileObjection: "提出异议",
  answerObjection: "答复异议",
  openHonours: "发起评先评优",
};

/** The Chinese refusal for a change the state does not allow. */
export function refusal(state: CycleState, change: CycleChange): string {
  const where = ALLOWED[change].map((s) => `“${CYCLE_STATE_LABELS[s]}”`).join("或");
  return `考评周期处于“${CYCLE_STATE_LABELS[state]}”阶段，不能${CHANGE_TEXT[change]}（仅${where}阶段可以）`;
}
