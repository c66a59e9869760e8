// AES-256-GCM for confidential free text (docs/security.md item 19). The key comes from
// the environment and never from the database. Any change to the stored
// ciphertext makes decryption fail.
import "server-only";

import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
} from "node:crypto";

import { getDataKey } from "./env";

const VERSION = "v1";

export function encryptText(plain: string, key: Buffer = getDataKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `${VERSION}:${Buffer.concat([iv, tag, body]).toString("base64")}`;
}

export function decryptText(stored: string, key: Buffer = getDataKey()): string {
  const [version, payload] = stored.split(":", 2);
  if (version !== VERSION || !payload) throw new Error("unsupported ciphertext");
  const raw = Buffer.from(payload, "base64");
  const iv = raw.subarray(0, 12),
    tag = raw.subarray(12, 28),
    body = raw.subarray(28);
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}

export function sha256Hex(input: string | Buffer): string {
  return createHash("sha256").update(input).digest("hex");
}

/** A random code from an unambiguous alphabet (no 0/O/1/I/L). */
export function randomCode(length: number): string {
  const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  const bytes = randomBytes(length * 2);
  let out = "";
  for (let i = 0; out.length < length && i < bytes.length; i++) {
    // 248 is the largest multiple of 31 under 256: rejection keeps it uniform.
    if (bytes[i] < 248) out += alphabet[bytes[i] % alphabet.length];
  }
  return out.length === length ? out : randomCode(length);
}

const derived = new Map<string, { data: Buffer; key: Buffer }>();

/**
 * A keyed token (docs/security.md item 17): base64url HMAC-SHA256 of `message`
 * under a key derived from DATA_KEY for `label` (HKDF), 43 characters. Stable
 * for the same label and message, so it can be matched in a `where`; without
 * DATA_KEY it names nobody. Each use has its own label, so tokens of one use
 * cannot be joined with another's.
 */
export function keyedToken(label: string, message: string, data: Buffer = getDataKey()): string {
  let d = derived.get(label);
  if (!d || !d.data.equals(data)) {
    d = { data, key: Buffer.from(hkdfSync("sha256", data, Buffer.alloc(0), label, 32)) };
    derived.set(label, d);
  }
  return createHmac("sha256", d.key).update(message).digest("base64url");
}
