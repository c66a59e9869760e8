// The sign-in step shared by the file routes (attachment downloads, photo
// thumbnails): no session, or a password still to change, is audited as
// DENIED and answered with the route's own 404; anonymous denials are
// throttled per address (20 in 10 minutes, then 429 with no row), so that
// nobody can flood the audit log signed out.
import "server-only";

import { writeAudit } from "../audit/log";
import { getSessionUser, type SessionUser } from "../auth/session";
import { ANON_DENIAL_WINDOW, pruneSlots, takeSlot } from "../auth/throttle";

type Base = { action: string; objectType: string; objectId: string; ip: string };

export async function signedInForFile(
  base: Base,
  notFound: () => Response,
  noStore: Record<string, string>,
): Promise<{ user: SessionUser } | { response: Response }> {
  const user = await getSessionUser();
  if (!user) {
    const now = new Date();
    const counted = await takeSlot(`deny:${base.ip}`.slice(0, 80), ANON_DENIAL_WINDOW, now);
    if (Math.random() < 0.02)
      await pruneSlots("deny:", new Date(now.getTime() - ANON_DENIAL_WINDOW.windowMs));
    if (!counted)
      return {
        response: new Response("请求过于频繁，请稍后再试", {
          status: 429,
          headers: {
            ...noStore,
            "Content-Type": "text/plain; charset=utf-8",
            "Retry-After": "600",
          },
        }),
      };
  }
  if (!user || user.mustChangePassword) {
    await writeAudit({
      ...base,
      ...(user ? { userId: user.id, username: user.username, roles: user.roles } : {}),
      result: "DENIED",
      detail: { reason: user ? "passwordChange" : "unauthenticated" },
    });
    return { response: notFound() };
  }
  return { user };
}
