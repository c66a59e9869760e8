// The second, sessionless action wrapper, for /mailbox/track only.
//
// Why not action(): the writer of an anonymous letter is, by design, nobody.
// action() starts from the session and refuses without one; and it audits with
// the user and address, which this path must never record next to a letter
// (SECURITY.md 17, 20). The access code is the credential here, so the order
// is: zod → per-address throttle → handler in one transaction (which checks
// the code) → typed result. No audit row is written: anonymous routes record
// no user and no IP, and a per-message time would date the writer's visit.
// A wrong code is counted against the address (lib/mailbox/track-limit.ts),
// in a row that names no letter.
import "server-only";
import { z } from "zod";
import { db, type Tx } from "../db";
import { formDataToObject, zodFieldErrors, type ActionResult } from "../action";
import { requestMeta } from "../request";
import { AppError, GENERIC_ERROR_MESSAGE } from "../errors";
import { recordTrackFailure, trackLimited } from "./track-limit";

export class WrongCodeError extends AppError {
  constructor() {
    super("访问码不正确，请核对后重试", { code: "访问码不正确" });
  }
}

export const TOO_MANY_TRIES = "尝试次数过多，请一小时后再试";

export type PublicContext<I> = { input: I; db: Tx; now: Date };

export function publicAction<S extends z.ZodType, R>(opts: { input: S; now?: () => Date }, handler: (ctx: PublicContext<z.infer<S>>) => Promise<R>) {
  return async function run(...args: unknown[]): Promise<ActionResult<R>> {
    const raw = args.length >= 2 && args[1] instanceof FormData ? formDataToObject(args[1]) : args[0] instanceof FormData ? formDataToObject(args[0]) : args[0];
    const parsed = opts.input.safeParse(raw);
    if (!parsed.success) return { ok: false, message: "提交的内容有误，请按提示修改", fieldErrors: zodFieldErrors(parsed.error) };
    const now = opts.now?.() ?? publicClock();
    const { ip } = await requestMeta();
    if (await trackLimited(ip, now)) return { ok: false, message: TOO_MANY_TRIES };
    try {
      const data = await db.$transaction((tx) => handler({ input: parsed.data, db: tx, now }), { timeout: 20_000, maxWait: 10_000 });
      return { ok: true, data };
    } catch (err) {
      if (err instanceof WrongCodeError) await recordTrackFailure(ip, now).catch((e) => console.error("[track]", e));
      if (err instanceof AppError) return { ok: false, message: err.message, fieldErrors: err.fieldErrors };
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
