import type { ActionResult } from "@/lib/action";

/**
 * The data of an action's result, typed from the action, so tests need no
 * `as { data: … }` casts. A failed result fails the test with its message.
 */
export function dataOf<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected the action to succeed, got: ${result.message}`);
  return result.data;
}

/** A refused action's result, typed, for its message and field errors. A success fails the test. */
export function failureOf<T>(result: ActionResult<T>): Extract<ActionResult<T>, { ok: false }> {
  if (result.ok) throw new Error("expected the action to be refused, but it succeeded");
  return result;
}
