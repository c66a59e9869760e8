// First-load JS: what a page's HTML makes the browser load before the page is
// interactive — every script it names (<script src> but not the nomodule
// polyfills, and script preloads), gzipped here at the default level. Chunks
// the page loads later (next/dynamic) are not in it.
import zlib from "node:zlib";

const chunkSizes = new Map<string, number>();

/** The script URLs a page's HTML names. */
export function scriptsOf(html: string, pageUrl: string): string[] {
  const srcs = new Set<string>();
  // Not the nomodule polyfills, which browsers with modules never load.
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g))
    if (!/\snomodule/i.test(m[0])) srcs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="(?:modulepreload|preload)"[^>]*>/g)) {
    const href = m[0].match(/href="([^"]+)"/)?.[1];
    if (href && (/as="script"/.test(m[0]) || m[0].includes("modulepreload"))) srcs.add(href);
  }
  return [...srcs].map((s) => new URL(s.replaceAll("&amp;", "&"), pageUrl).toString());
}

/** The gzip size (kB) and count of the scripts a page's HTML names. */
export async function firstLoadJs(
  html: string,
  pageUrl: string,
  headers: Record<string, string> = {},
): Promise<{ files: number; kb: number }> {
  const scripts = scriptsOf(html, pageUrl);
  let bytes = 0;
  for (const src of scripts) {
    let size = chunkSizes.get(src);
    if (size === undefined) {
      const res = await fetch(src, { headers });
      if (!res.ok) throw new Error(`${src}: ${res.status}`);
      size = zlib.gzipSync(Buffer.from(await res.arrayBuffer())).length;
      chunkSizes.set(src, size);
    }
    bytes += size;
  }
  return { files: scripts.length, kb: bytes / 1024 };
}
