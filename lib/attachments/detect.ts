// What a file really is, from its bytes (never from its name or the type the
// browser claims), and the name it is stored and served under.
import { fileTypeFromBuffer } from "file-type";

import { ALLOWED_UPLOAD_TYPES, isAllowedMime, type AllowedMime } from "./types";

/** The allowed type the bytes are, or null (unknown, or known but not allowed). */
export async function detectAllowedType(bytes: Uint8Array): Promise<AllowedMime | null> {
  const found = await fileTypeFromBuffer(bytes);
  return found && isAllowedMime(found.mime) ? found.mime : null;
}

const MAX_NAME = 100;

/**
 * A display name safe to store and to put in a header: no path, no control
 * or bidi characters, at most 100 characters, and the extension of the type
 * the bytes really are (a PDF named "x.docx" becomes "x.docx.pdf").
 */
export function safeFileName(name: string, mime: AllowedMime): string {
  const ext = ALLOWED_UPLOAD_TYPES[mime].ext;
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069"<>:|?*]/g, "")
    .trim()
    .replace(/^\.+/, "");
  const lower = base.toLowerCase();
  const hasExt = lower.endsWith(`.${ext}`) || (ext === "jpg" && lower.endsWith(".jpeg"));
  const stem = (hasExt ? base.slice(0, base.lastIndexOf(".")) : base) || "附件";
  const suffix = hasExt ? base.slice(base.lastIndexOf(".")) : `.${ext}`;
  return `${[...stem].slice(0, MAX_NAME - suffix.length).join("")}${suffix}`;
}

/**
 * Content-Disposition for a download: an ASCII fallback for old clients and
 * the real (e.g. Chinese) name as RFC 5987 / RFC 6266 filename*.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%;]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
