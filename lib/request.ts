// The client address and user agent of the current request. scripts/server.mjs
// sets X-Forwarded-For from the connection itself (or keeps a trusted
// proxy's), so the first entry is the client.
import "server-only";

import { headers } from "next/headers";

export function clientIpFrom(h: Headers): string {
  const first = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (first || "unknown").slice(0, 64);
}

export async function requestMeta(): Promise<{ ip: string; userAgent: string }> {
  const h = await headers();
  return { ip: clientIpFrom(h), userAgent: (h.get("user-agent") ?? "").slice(0, 300) };
}
