// Which link targets an article may carry: http(s) and relative URLs only.
// Everything else (javascript:, data:, vbscript:, file: …) is dropped.

/** The URL if it is safe to link to, otherwise "". */
export function safeArticleUrl(url: string): string {
  // Browsers ignore ASCII whitespace and control characters inside a scheme
  // ("java\tscript:"), so judge the URL with them removed.
  const probe = url.replace(/[\u0000-\u0020\u007f]+/g, "").toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(probe);
  if (!scheme) return probe.startsWith("\\") ? "" : url.trim();
  return scheme[1] === "http" || scheme[1] === "https" ? url.trim() : "";
}
