// The second, sessionless action wrapper, for /mailbox/track only.
//
// Why not action(): the writer of an anonymous letter is, by design, nobody.
// action() starts from the session and refuses without one; and it audits with
// the user and address, which this path must never record next to a letter
// (docs/security.md items 17, 20). The access code is the credential here, so the order
// is: zod → per-address throttle → handler in one transaction (which checks
// the code) → typed result. No audit row is written: anonymous routes record
// no user and no IP, and a per-message time would date the writer's visit.
// A wrong code is counted against the address (lib/mailbox/track-limit.ts),
// in a row that names no letter, written in the same transaction as the check.
import "server-only";

import { z } from "zod";

import { parseInput, rawInput, type ActionResult } from "../action";
import { db, type Tx } from "../db";
import { AppError, GENERIC_ERROR_MESSAGE } from "../errors";
import { requestMeta } from "../request";
import { lockTrackTries, pruneTrackTries, recordTrackFailure } from "./track-limit";

export class WrongCodeError extends AppError {
  constructor() {
    super("访问码不正确，请核对后重试", { code: "访问码不正确" });
  }
}

export const TOO_MANY_TRIES = "尝试次数过多，请一小时后再试";

const LIMITED = Symbol("limited");
const WRONG_CODE = Symbol("wrongCode");
const fail = (err: AppError) => ({
  ok: false as const,
  message: err.message,
  fieldErrors: err.fieldErrors,
});

export type PublicContext<I> = { input: I; db: Tx; now: Date };

export function publicAction<S extends z.ZodType, R>(
  opts: { input: S; now?: () => Date },
  handler: (ctx: PublicContext<z.infer<S>>) => Promise<R>,
) {
  return async function run(...args: unknown[]): Promise<ActionResult<R>> {
    // Never throws, whatever the body held (see parseInput in lib/action.ts).
    const parsed = parseInput(opts.input, rawInput(args), "mailbox.track");
    if (!parsed.ok) return parsed;
    const now = opts.now?.() ?? publicClock();
    const { ip } = await requestMeta();
    try {
      // The address's counter is held from the count to the end of the
      // check, so parallel tries from one address queue. A wrong code is
      // thrown before the handler writes anything (its contract), and its
      // row is committed in this same transaction.
      const out = await db.$transaction(
        async (tx) => {
          if (await lockTrackTries(tx, ip, now)) return LIMITED;
          try {
            return { data: await handler({ input: parsed.data, db: tx, now }) };
          } catch (err) {
            if (!(err instanceof WrongCodeError)) throw err;
            await recordTrackFailure(tx, ip, now);
            return WRONG_CODE;
          }
        },
        { timeout: 20_000, maxWait: 10_000 },
      );
      await pruneTrackTries(now).catch((e) => console.error("[track]", e));
      if (out === LIMITED) return { ok: false, message: TOO_MANY_TRIES };
      if (out === WRONG_CODE) return fail(new WrongCodeError());
      return { ok: true, data: out.data };
    } catch (err) {
      if (err instanceof AppError) return fail(err);
      console.error("[track]", err instanceof Error ? err.name : "error");
      return { ok: false, message: GENERIC_ERROR_MESSAGE };
    }
  };
}

// Tests move the clock to exercise the hourly window.
let clockOverride: (() => Date) | null = null;
export function setPublicClock(fn: (() => Date) | null): void {
  clockOverride = fn;
}
function publicClock(): Date {
  return clockOverride ? clockOverride() : new Date();
}
