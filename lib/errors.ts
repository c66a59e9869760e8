// Typed errors that actions and queries throw. The action wrapper turns the
// expected ones into a message the user can read; anything else is logged and
// shown as a generic message (docs/security.md item 15).

export class AppError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The object does not exist or is not the caller's: the same answer for both. */
export class NotFoundError extends AppError {
  constructor(message = "记录不存在或您无权查看") {
    super(message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "您没有执行此操作的权限") {
    super(message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "登录已失效，请重新登录") {
    super(message);
  }
}

export class ConflictError extends AppError {}

export class ValidationError extends AppError {
  constructor(message: string, fieldErrors?: Record<string, string>) {
    super(message, fieldErrors);
  }
}

export const GENERIC_ERROR_MESSAGE = "操作未能完成，请稍后重试。如问题持续，请联系系统管理员。";

/** A unique constraint refused the write (Prisma P2002): the row is already there. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}
