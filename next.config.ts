import type { NextConfig } from "next";

import { contentSecurityPolicy } from "./lib/security/csp";

const dev = process.env.NODE_ENV !== "production";

// Pages get a per-request nonce policy from proxy.ts; this nonce-less policy
// (no inline script at all) covers what the proxy does not see: route
// handlers, Next's assets and prefetches.
const csp = contentSecurityPolicy(null, dev);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // pdfkit reads its data files beside its own module at run time, and takes fontkit
  // as it is installed (lib/documents writes PDFs with them).
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pg", "pdfkit", "fontkit"],
  experimental: {
    // Uploads are at most 10 MB (lib/attachments/types.ts). Both limits sit just
    // above that, so a slightly larger file reaches our own check and gets its
    // Chinese message: server actions default to 1 MB, and with proxy.ts in
    // place Next.js buffers (and cuts off) request bodies at 10 MB.
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: "11mb",
  },
  async headers() {
    return [
      ...[
        "/api/:path*",
        "/_next/:path*",
        "/favicon.ico",
        "/robots.txt",
        "/apple-touch-icon.png",
        "/logo-mark.svg",
      ].map((source) => ({ source, headers: [{ key: "Content-Security-Policy", value: csp }] })),
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
