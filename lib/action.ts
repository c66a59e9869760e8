// The one wrapper every server action is declared through (SECURITY.md 9):
// session → permission → zod → handler (in one transaction, with its audit
// row) → typed result. Expected errors become a readable Chinese message;
// anything else is logged and shown generically (SECURITY.md 15).
import "server-only";
import { z } from "zod";
import { db, type Tx } from "./db";
import { writeAudit, type AuditResult } from "./audit/log";
import { getSessionUser, type SessionUser } from "./auth/session";
import { can, type Permission } from "./auth/permissions";
import { requestMeta } from "./request";
import { AppError, ForbiddenError, GENERIC_ERROR_MESSAGE, NotFoundError, UnauthenticatedError, ValidationError } from "./errors";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string> };

/** What the handler may add to its audit row. */
export type AuditNote = { objectType?: string; objectId?: string; detail?: Record<string, unknown> };

/**
 * Work outside the database that must follow the transaction's fate, such as
 * files: `onCommit` runs once the transaction has committed, `onRollback` if
 * it did not (the handler threw, or the audit row or the commit failed).
 * Errors in either are logged, never shown.
 */
export type TxHooks = { onCommit: (fn: () => Promise<void>) => void; onRollback: (fn: () => Promise<void>) => void };

export type ActionContext<I> = { user: SessionUser; input: I; db: Tx; ip: string; audit: AuditNote } & TxHooks;

type Options<S extends z.ZodType> = {
  /** Audit action name, e.g. "admin.user.create". */
  name: string;
  permission: Permission;
  input: S;
  /** Allowed while the user still has to change their password. */
  allowPendingPasswordChange?: boolean;
  /**
   * For anonymous submissions (SECURITY.md 17): no audit row names the user,
   * their roles or address, and the success row is not written here at all:
   * its exact time and its place in the chain, next to the writer's other
   * rows, would identify them. The module records the receipt later, batched
   * by day (see lib/mailbox/receipts.ts).
   */
  anonymous?: boolean;
};

/** Turns FormData into a plain object; repeated keys become arrays. */
export function formDataToObject(fd: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(fd.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = fd.getAll(key).map((v) => (typeof v === "string" ? v : v));
    out[key] = key.endsWith("[]") || all.length > 1 ? all : all[0];
  }
  for (const key of Object.keys(out)) {
    if (key.endsWith("[]")) {
      out[key.slice(0, -2)] = out[key];
      delete out[key];
    }
  }
  return out;
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
export function action<S extends z.ZodType, R>(opts: Options<S>, handler: (ctx: ActionContext<z.infer<S>>) => Promise<R>) {
  return async function run(...args: unknown[]): Promise<ActionResult<R>> {
    const raw = args.length >= 2 && args[1] instanceof FormData ? formDataToObject(args[1]) : args[0] instanceof FormData ? formDataToObject(args[0]) : args[0];
    const { ip } = await requestMeta();
    const user = await getSessionUser();
    const base = { action: opts.name, ip };

    if (!user) {
      await writeAudit({ ...base, result: "DENIED", detail: { reason: "unauthenticated" } });
      return fail(new UnauthenticatedError());
    }
    const who = opts.anonymous ? { action: opts.name } : { ...base, userId: user.id, username: user.username, roles: user.roles };
    if (!can(user.roles, opts.permission) || (user.mustChangePassword && !opts.allowPendingPasswordChange)) {
      await writeAudit({ ...who, result: "DENIED", detail: { permission: opts.permission } });
      return fail(user.mustChangePassword ? new ForbiddenError("请先修改密码") : new ForbiddenError());
    }

    const parsed = opts.input.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors = zodFieldErrors(parsed.error);
      return { ok: false, message: "提交的内容有误，请按提示修改", fieldErrors };
    }

    const note: AuditNote = {};
    const committed: (() => Promise<void>)[] = [];
    const rolledBack: (() => Promise<void>)[] = [];
    const runAll = async (fns: (() => Promise<void>)[]) => {
      for (const fn of fns) await fn().catch((e) => console.error(`[action ${opts.name}] after transaction`, e));
    };
    try {
      const data = await db.$transaction(
        async (tx) => {
          const result = await handler({ user, input: parsed.data, db: tx, ip: opts.anonymous ? "" : ip, audit: note, onCommit: (fn) => committed.push(fn), onRollback: (fn) => rolledBack.push(fn) });
          if (!opts.anonymous) await writeAudit({ ...who, result: "SUCCESS", ...note }, tx);
          return result;
        },
        { timeout: 20_000, maxWait: 10_000 },
      );
      await runAll(committed);
      return { ok: true, data };
    } catch (err) {
      await runAll(rolledBack);
      const result: AuditResult = err instanceof NotFoundError ? "NOT_FOUND" : err instanceof ForbiddenError ? "DENIED" : err instanceof AppError ? "FAILURE" : "ERROR";
      if (!(err instanceof AppError)) console.error(`[action ${opts.name}]`, err);
      // Validation failures are the user's typing, not an event worth a row.
      if (!(err instanceof ValidationError)) {
        await writeAudit({ ...who, result, ...(opts.anonymous ? {} : { objectType: note.objectType, objectId: note.objectId }), detail: { error: err instanceof AppError ? err.name : "internal" } }).catch((e) => console.error("[audit]", e));
      }
      return fail(err);
    }
  };
}

function fail(err: unknown): { ok: false; message: string; fieldErrors?: Record<string, string> } {
  if (err instanceof AppError) return { ok: false, message: err.message, fieldErrors: err.fieldErrors };
  return { ok: false, message: GENERIC_ERROR_MESSAGE };
}
