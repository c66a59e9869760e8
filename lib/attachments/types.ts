// Upload rules shared by the server (checks) and the browser (the file
// picker's accept list and an early size hint). Pure: no Node APIs here.

/** The most any one upload may weigh (docs/security.md item 14). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const ALLOWED_UPLOAD_TYPES = {
  "application/pdf": { ext: "pdf", label: "PDF" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
    ext: "docx",
    label: "Word",
  },
  "image/jpeg": { ext: "jpg", label: "JPEG 图片" },
  "image/png": { ext: "png", label: "PNG 图片" },
  "image/webp": { ext: "webp", label: "WebP 图片" },
} as const;
export type AllowedMime = keyof typeof ALLOWED_UPLOAD_TYPES;

export function isAllowedMime(mime: string): mime is AllowedMime {
  return Object.hasOwn(ALLOWED_UPLOAD_TYPES, mime);
}

export function isImageMime(mime: string): boolean {
  return mime.startsWith("image/");
}

/** For <input type="file" accept>: a hint only; the server decides from the bytes. */
export const UPLOAD_ACCEPT = [
  ".pdf",
  ".docx",
  ".jpg",
  ".jpeg",
  ".png",
  ".webp",
  ...Object.keys(ALLOWED_UPLOAD_TYPES),
].join(",");

export const UPLOAD_MESSAGES = {
  missing: "请选择要上传的文件",
  empty: "文件为空，请重新选择",
  tooLarge: "文件不能超过 10 MB",
  wrongType: "仅支持上传 PDF、Word（DOCX）文档和 JPEG、PNG、WebP 图片",
  badImage: "图片无法识别或已损坏，请换一张图片",
} as const;

/** "1.2 MB", "340 KB", "12 B". */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
