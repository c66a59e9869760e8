import type { NextConfig } from "next";
import { contentSecurityPolicy } from "./lib/security/csp";

const dev = process.env.NODE_ENV !== "production";

// Pages get a per-request nonce policy from proxy.ts; this nonce-less policy
// (no inline script at all) covers what the proxy does not see: route
// handlers, Next's assets and prefetches.
const csp = contentSecurityPolicy(null, dev);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pg"],
  async headers() {
    return [
      ...["/api/:path*", "/_next/:path*", "/favicon.ico"].map((source) => ({ source, headers: [{ key: "Content-Security-Policy", value: csp }] })),
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        // Every page may show personal data: never cache it anywhere.
        source: "/((?!_next/static|_next/image|favicon.ico).*)",
        headers: [{ key: "Cache-Control", value: "no-store, max-age=0" }],
      },
    ];
  },
};

export default nextConfig;
