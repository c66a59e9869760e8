// The letter state machine: NEW → ACKNOWLEDGED → IN_PROGRESS → REPLIED → CLOSED.
// Handlers move it by hand (acknowledge, start, close); a reply moves any open
// letter to REPLIED; a writer's follow-up on a REPLIED letter reopens it to
// IN_PROGRESS. A CLOSED letter is final.
import type { LetterStatus } from "./labels";

export type LetterCommand = "acknowledge" | "start" | "reply" | "close" | "writerFollowUp";

const TRANSITIONS: Record<LetterCommand, Partial<Record<LetterStatus, LetterStatus>>> = {
  acknowledge: { NEW: "ACKNOWLEDGED" },
  start: { NEW: "IN_PROGRESS", ACKNOWLEDGED: "IN_PROGRESS" },
  reply: { NEW: "REPLIED", ACKNOWLEDGED: "REPLIED", IN_PROGRESS: "REPLIED", REPLIED: "REPLIED" },
  close: { REPLIED: "CLOSED" },
  // Other states keep their status: the follow-up is simply added to the thread.
  writerFollowUp: {
    NEW: "NEW",
    ACKNOWLEDGED: "ACKNOWLEDGED",
    IN_PROGRESS: "IN_PROGRESS",
    REPLIED: "IN_PROGRESS",
  },
};

/** The status after the command, or null when it is not allowed now. */
export function nextLetterStatus(status: string, command: LetterCommand): LetterStatus | null {
  return TRANSITIONS[command][status as LetterStatus] ?? null;
}

export function statusesAllowing(command: LetterCommand): LetterStatus[] {
  return Object.keys(TRANSITIONS[command]) as LetterStatus[];
}

export const LETTER_REFUSAL: Record<LetterCommand, string> = {
  acknowledge: "只有新来信才能签收",
  start: "该来信当前状态不能转为办理中",
  reply: "来信已办结，不能再答复",
  close: "只有已答复的来信才能办结",
  writerFollowUp: "来信已办结，不能再追加留言",
};
