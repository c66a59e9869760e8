// Every (status, command) pair of the letter state machine, and the code,
// id and day helpers the anonymity depends on.
import { describe, expect, it } from "vitest";

import {
  hashAccessCode,
  newAccessCode,
  normaliseAccessCode,
  randomLetterId,
  shanghaiDay,
} from "@/lib/mailbox/ids";
import { LETTER_STATUSES } from "@/lib/mailbox/labels";
import { AccessCodeInput, LetterInput } from "@/lib/mailbox/schemas";
import { nextLetterStatus, statusesAllowing, type LetterCommand } from "@/lib/mailbox/state";

const EXPECTED: Record<LetterCommand, Record<string, string | null>> = {
  acknowledge: {
    NEW: "ACKNOWLEDGED",
    ACKNOWLEDGED: null,
    IN_PROGRESS: null,
    REPLIED: null,
    CLOSED: null,
  },
  start: {
    NEW: "IN_PROGRESS",
    ACKNOWLEDGED: "IN_PROGRESS",
    IN_PROGRESS: null,
    REPLIED: null,
    CLOSED: null,
  },
  reply: {
    NEW: "REPLIED",
    ACKNOWLEDGED: "REPLIED",
    IN_PROGRESS: "REPLIED",
    REPLIED: "REPLIED",
    CLOSED: null,
  },
  close: { NEW: null, ACKNOWLEDGED: null, IN_PROGRESS: null, REPLIED: "CLOSED", CLOSED: null },
  writerFollowUp: {
    NEW: "NEW",
    ACKNOWLEDGED: "ACKNOWLEDGED",
    IN_PROGRESS: "IN_PROGRESS",
    REPLIED: "IN_PROGRESS",
    CLOSED: null,
  },
};

describe("letter state machine", () => {
  for (const [command, row] of Object.entries(EXPECTED) as [
    LetterCommand,
    Record<string, string | null>,
  ][]) {
    for (const status of LETTER_STATUSES) {
      it(`${status} --${command}--> ${row[status] ?? "refused"}`, () => {
        expect(nextLetterStatus(status, command)).toBe(row[status]);
        expect(statusesAllowing(command).includes(status)).toBe(row[status] !== null);
      });
    }
  }
  it("refuses unknown statuses", () => {
    expect(nextLetterStatus("DELETED", "reply")).toBeNull();
  });
});

describe("anonymous ids, days and codes", () => {
  it("ids are random, not time-ordered cuids", () => {
    const ids = Array.from({ length: 200 }, () => randomLetterId());
    for (const id of ids) expect(id).toMatch(/^m[0-9a-z]{24}$/);
    expect(new Set(ids).size).toBe(200);
    // Sorted order is not creation order (a cuid's time prefix would make it so).
    expect([...ids].sort()).not.toEqual(ids);
  });
  it("days are Asia/Shanghai dates", () => {
    expect(shanghaiDay(new Date("2026-03-01T15:59:59Z"))).toBe("2026-03-01");
    expect(shanghaiDay(new Date("2026-03-01T16:00:00Z"))).toBe("2026-03-02");
  });
  it("codes are 20 random characters in groups, hashed after normalising", () => {
    const code = newAccessCode();
    expect(code).toMatch(/^([2-9A-HJKMNP-Z]{4}-){4}[2-9A-HJKMNP-Z]{4}$/);
    expect(normaliseAccessCode(code)).toHaveLength(20);
    expect(hashAccessCode(code)).toBe(hashAccessCode(code.toLowerCase().replace(/-/g, " ")));
    expect(hashAccessCode(code)).not.toBe(hashAccessCode(newAccessCode()));
    expect(hashAccessCode(code)).toMatch(/^[0-9a-f]{64}$/);
  });
  it("schemas refuse short codes, empty and over-long letters", () => {
    expect(AccessCodeInput.safeParse({ code: "ABCD-EFGH-JKMN" }).success).toBe(false);
    expect(AccessCodeInput.safeParse({ code: "LXJC-2026-DEMO-CODE" }).success).toBe(true);
    expect(LetterInput.safeParse({ category: "SUGGESTION", subject: "a", body: "" }).success).toBe(
      false,
    );
    expect(
      LetterInput.safeParse({ category: "SUGGESTION", subject: "a", body: "x".repeat(3001) })
        .success,
    ).toBe(false);
    expect(
      LetterInput.safeParse({ category: "SUGGESTION", subject: "a", body: "x".repeat(3000) })
        .success,
    ).toBe(true);
  });
});
