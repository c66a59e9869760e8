// The one wrapper every server action is declared through (docs/security.md item 9):
// session → permission → zod → handler (in one transaction, with its audit
// row) → typed result. Expected errors become a readable Chinese message;
// anything else is logged and shown generically (docs/security.md item 15).
import "server-only";

import { z } from "zod";

import { writeAudit, type AuditResult } from "./audit/log";
import { can, type Permission } from "./auth/permissions";
import { getSessionUser, type SessionUser } from "./auth/session";
import { db, type Tx } from "./db";
import {
  AppError,
  ConflictError,
  ForbiddenError,
  GENERIC_ERROR_MESSAGE,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from "./errors";
import { requestMeta } from "./request";
import { containsUnstorable, withoutUnstorable } from "./security/unstorable";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string> };

/** What the handler may add to its audit row. */
export type AuditNote = {
  objectType?: string;
  objectId?: string;
  detail?: Record<string, unknown>;
};

/**
 * Work outside the database that must follow the transaction's fate, such as
 * files: `onCommit` runs once the transaction has committed, `onRollback` if
 * it did not (the handler threw, or the audit row or the commit failed).
 * Errors in either are logged, never shown.
 */
export type TxHooks = {
  onCommit: (fn: () => Promise<void>) => void;
  onRollback: (fn: () => Promise<void>) => void;
};

export type ActionContext<I> = {
  user: SessionUser;
  input: I;
  db: Tx;
  ip: string;
  audit: AuditNote;
} & TxHooks;

type Options<S extends z.ZodType> = {
  /** Audit action name, e.g. "admin.user.create". */
  name: string;
  permission: Permission;
  input: S;
  /** Allowed while the user still has to change their password. */
  allowPendingPasswordChange?: boolean;
  /**
   * For anonymous submissions (docs/security.md item 17): no audit row names the user,
   * their roles or address, and the success row is not written here at all:
   * its exact time and its place in the chain, next to the writer's other
   * rows, would identify them. The module records the receipt later, batched
   * by day (see lib/mailbox/receipts.ts).
   */
  anonymous?: boolean;
};

/**
 * Turns FormData into a plain object; repeated keys and `name[]` keys become
 * arrays. Keys are defined as own properties, so a field named `__proto__`
 * stays a field (zod drops it as unknown) instead of changing the prototype.
 */
export function formDataToObject(fd: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const put = (key: string, value: unknown) =>
    Object.defineProperty(out, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  for (const key of new Set(fd.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = fd.getAll(key);
    const name = key.endsWith("[]") ? key.slice(0, -2) : key;
    put(name, key.endsWith("[]") || all.length > 1 ? all : all[0]);
  }
  return out;
}

/**
 * The raw input from an action's arguments: (FormData), (prevState, FormData)
 * or a value as the client sent it, which may be anything the wire carries
 * (`[]` gives undefined, `[null]` null, or an array, a string, a number...).
 */
export function rawInput(args: unknown[]): unknown {
  if (args.length >= 2 && args[1] instanceof FormData) return formDataToObject(args[1]);
  if (args[0] instanceof FormData) return formDataToObject(args[0]);
  return args[0];
}

export const INVALID_INPUT_MESSAGE = "提交的内容有误，请按提示修改";
export const UNSTORABLE_INPUT_MESSAGE =
  "提交的内容含有无法保存的字符（空字符或不完整的字符），请删除后重试";

/**
 * The zod step, which never throws: a refinement or transform written for
 * well-formed input can throw on a body of another shape (`[null]` reaching
 * `v.kind`), and that is the input's fault, not a server error. It is refused
 * like any other invalid input, and logged as one line without the input.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  name: string,
):
  | { ok: true; data: z.infer<S> }
  | { ok: false; message: string; fieldErrors?: Record<string, string> } {
  // PostgreSQL cannot store U+0000: refused here, before any query sees it.
  if (containsUnstorable(raw)) return { ok: false, message: UNSTORABLE_INPUT_MESSAGE };
  try {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { ok: true, data: parsed.data };
    return { ok: false, message: INVALID_INPUT_MESSAGE, fieldErrors: zodFieldErrors(parsed.error) };
  } catch (err) {
    console.warn(
      `[action ${name}] input refused: its schema threw ${err instanceof Error ? err.name : typeof err}`,
    );
    return { ok: false, message: INVALID_INPUT_MESSAGE };
  }
}

/**
 * The object a refused call aimed at, for its audit row: the input's `id`, or
 * else its first non-empty `…Id` string field, cut to 64 characters. Only
 * own string fields of a plain object are read; anything else gives nothing.
 */
export function attemptedObjectId(raw: unknown): string | undefined {
  try {
    if (raw === null || typeof raw !== "object" || Array.isArray(raw) || raw instanceof FormData)
      return undefined;
    const rec = raw as Record<string, unknown>;
    const keys = Object.keys(rec);
    for (const k of [
      ...keys.filter((k) => k === "id"),
      ...keys.filter((k) => k.length > 2 && k.endsWith("Id")),
    ]) {
      const v = rec[k];
      if (typeof v === "string" && withoutUnstorable(v).trim() !== "")
        return withoutUnstorable(v).trim().slice(0, 64);
    }
  } catch {
    // A hostile object (a proxy, a throwing getter) names nothing.
  }
  return undefined;
}

/** The reason code of a refused or failed call, for the audit row's detail. */
function reasonOf(err: unknown): string {
  if (err instanceof NotFoundError) return "not_found";
  if (err instanceof ForbiddenError) return "forbidden";
  if (err instanceof UnauthenticatedError) return "unauthenticated";
  if (err instanceof ConflictError) return "conflict";
  if (err instanceof AppError) return "rejected";
  return "internal";
}

export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * Declares a server action. The returned function accepts either a plain
 * object or, for useActionState, (previousState, formData).
 */
export function action<S extends z.ZodType, R>(
  opts: Options<S>,
  handler: (ctx: ActionContext<z.infer<S>>) => Promise<R>,
) {
  return async function run(...args: unknown[]): Promise<ActionResult<R>> {
    const raw = rawInput(args);
    const { ip } = await requestMeta();
    const user = await getSessionUser();
    const base = { action: opts.name, ip };
    // Anonymous actions name no object: the id of a letter would tie it to the caller.
    const attempted = opts.anonymous ? undefined : attemptedObjectId(raw);

    if (!user) {
      await writeAudit({
        ...base,
        objectId: attempted,
        result: "DENIED",
        detail: { reason: "unauthenticated" },
      });
      return fail(new UnauthenticatedError());
    }
    const who = opts.anonymous
      ? { action: opts.name }
      : { ...base, userId: user.id, username: user.username, roles: user.roles };
    const permitted = can(user.roles, opts.permission);
    if (!permitted || (user.mustChangePassword && !opts.allowPendingPasswordChange)) {
      await writeAudit({
        ...who,
        objectId: attempted,
        result: "DENIED",
        detail: {
          reason: permitted ? "password_change_required" : "permission",
          permission: opts.permission,
        },
      });
      return fail(
        user.mustChangePassword ? new ForbiddenError("请先修改密码") : new ForbiddenError(),
      );
    }

    const parsed = parseInput(opts.input, raw, opts.name);
    if (!parsed.ok) return parsed;

    const note: AuditNote = {};
    const committed: (() => Promise<void>)[] = [];
    const rolledBack: (() => Promise<void>)[] = [];
    const runAll = async (fns: (() => Promise<void>)[]) => {
      for (const fn of fns)
        await fn().catch((e) => console.error(`[action ${opts.name}] after transaction`, e));
    };
    try {
      const data = await db.$transaction(
        async (tx) => {
          const result = await handler({
            user,
            input: parsed.data,
            db: tx,
            ip: opts.anonymous ? "" : ip,
            audit: note,
            onCommit: (fn) => committed.push(fn),
            onRollback: (fn) => rolledBack.push(fn),
          });
          if (!opts.anonymous) await writeAudit({ ...who, result: "SUCCESS", ...note }, tx);
          return result;
        },
        { timeout: 20_000, maxWait: 10_000 },
      );
      await runAll(committed);
      return { ok: true, data };
    } catch (err) {
      await runAll(rolledBack);
      const result: AuditResult =
        err instanceof NotFoundError
          ? "NOT_FOUND"
          : err instanceof ForbiddenError
            ? "DENIED"
            : err instanceof AppError
              ? "FAILURE"
              : "ERROR";
      if (!(err instanceof AppError)) console.error(`[action ${opts.name}]`, err);
      // Validation failures are the user's typing, not an event worth a row.
      if (!(err instanceof ValidationError)) {
        const object = opts.anonymous
          ? {}
          : { objectType: note.objectType, objectId: note.objectId ?? attempted };
        const detail = {
          reason: reasonOf(err),
          error: err instanceof AppError ? err.name : "internal",
        };
        await writeAudit({ ...who, result, ...object, detail }).catch((e) =>
          console.error("[audit]", e),
        );
      }
      return fail(err);
    }
  };
}

function fail(err: unknown): { ok: false; message: string; fieldErrors?: Record<string, string> } {
  if (err instanceof AppError)
    return { ok: false, message: err.message, fieldErrors: err.fieldErrors };
  return { ok: false, message: GENERIC_ERROR_MESSAGE };
}
