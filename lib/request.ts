// The client address and user agent of the current request. X-Forwarded-For
// is believed only behind a trusted reverse proxy (TRUST_PROXY=1), which must
// overwrite it; otherwise the address Next.js itself recorded is used.
import "server-only";
import { headers } from "next/headers";
import { trustProxy } from "./env";

export function clientIpFrom(h: Headers): string {
  const xff = h.get("x-forwarded-for");
  if (xff) {
    const parts = xff.split(",").map((s) => s.trim()).filter(Boolean);
    // Behind a trusted proxy the client is the first hop; without one, only
    // the last hop (appended by our own server) can be believed.
    const ip = trustProxy() ? parts[0] : parts[parts.length - 1];
    if (ip) return ip.slice(0, 64);
  }
  return (h.get("x-real-ip") ?? "unknown").slice(0, 64);
}

export async function requestMeta(): Promise<{ ip: string; userAgent: string }> {
  const h = await headers();
  return { ip: clientIpFrom(h), userAgent: (h.get("user-agent") ?? "").slice(0, 300) };
}
