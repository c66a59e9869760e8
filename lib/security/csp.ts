// The Content-Security-Policy (docs/security.md item 16). Scripts run only with the
// per-request nonce that proxy.ts generates ('strict-dynamic' lets Next.js's
// own chunks load from them), so an injected inline script never runs.
// Styles keep 'unsafe-inline': React and Recharts set style attributes.
// No third-party origin anywhere: the portal runs on an air-gapped intranet.
// Plain module: proxy.ts (edge-style runtime) and next.config.ts import it.

export function contentSecurityPolicy(
  nonce: string | null,
  dev = process.env.NODE_ENV !== "production",
): string {
  const script = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${script}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
