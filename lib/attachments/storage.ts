// Uploaded files on disk, outside public/: UPLOAD_DIR (default data/uploads),
// created on demand. Files are named by a random key, never by anything the
// user sent, so a name cannot reach another path. The turbopackIgnore hints
// tell the build that these paths are run-time data, so it does not trace
// the whole project into the server output.
import "server-only";

import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";

const KEY = /^[a-f0-9]{32}$/;

export function uploadDir(): string {
  return path.resolve(process.env.UPLOAD_DIR || path.join(process.cwd(), "data", "uploads"));
}

export function newStorageKey(): string {
  return randomBytes(16).toString("hex");
}

function filePath(key: string): string {
  if (!KEY.test(key)) throw new Error("invalid storage key");
  return path.join(uploadDir(), key);
}

/** Writes a new file; never overwrites one (flag "wx"). */
export async function writeStoredFile(key: string, bytes: Uint8Array): Promise<void> {
  await mkdir(/*turbopackIgnore: true*/ uploadDir(), { recursive: true, mode: 0o700 });
  await writeFile(/*turbopackIgnore: true*/ filePath(key), bytes, { flag: "wx", mode: 0o600 });
}

export async function removeStoredFile(key: string): Promise<void> {
  await rm(/*turbopackIgnore: true*/ filePath(key), { force: true });
}

/** The file as a web stream with its size, or null when it is missing. */
export async function openStoredFile(
  key: string,
): Promise<{ stream: ReadableStream<Uint8Array>; size: number } | null> {
  const p = filePath(key);
  try {
    const s = await stat(/*turbopackIgnore: true*/ p);
    if (!s.isFile()) return null;
    return {
      stream: Readable.toWeb(
        createReadStream(/*turbopackIgnore: true*/ p),
      ) as ReadableStream<Uint8Array>,
      size: s.size,
    };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}
