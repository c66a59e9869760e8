// Required configuration. In production a missing or weak secret stops the
// server with a clear message; in development and tests a fixed, clearly
// labelled fallback keeps `npm run dev` working.
import "server-only";

import { hkdfSync } from "node:crypto";

const DEV_AUTH_SECRET = "dev-only-auth-secret-not-for-production-use-000000";
// 32 bytes, base64. Development and tests only.
const DEV_DATA_KEY = "ZGV2LW9ubHktZGF0YS1rZXktMzItYnl0ZXMtbG9uZyE=";

export class ConfigError extends Error {}

function isProduction(): boolean {
  return process.env.NODE_ENV === "production";
}

export function getAuthSecret(): string {
  const v = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (v && v.length >= 32) return v;
  if (isProduction()) {
    throw new ConfigError(
      "缺少必需配置 AUTH_SECRET（至少 32 个字符的随机串，用于签发登录凭据）。请在 .env 中设置，例如：AUTH_SECRET=$(openssl rand -base64 48)",
    );
  }
  return DEV_AUTH_SECRET;
}

/** The AES-256-GCM key for confidential text (docs/security.md item 19). */
export function getDataKey(): Buffer {
  const v = process.env.DATA_KEY;
  if (v) {
    const key = Buffer.from(v, "base64");
    if (key.length === 32) return key;
    throw new ConfigError(
      "配置 DATA_KEY 无效：应为 32 字节密钥的 Base64 编码（openssl rand -base64 32）",
    );
  }
  if (isProduction()) {
    throw new ConfigError(
      "缺少必需配置 DATA_KEY（32 字节密钥的 Base64 编码，用于加密保密字段）。请在 .env 中设置：DATA_KEY=$(openssl rand -base64 32)",
    );
  }
  return Buffer.from(DEV_DATA_KEY, "base64");
}

/** The audit chain's HMAC key, derived from DATA_KEY so that there is one secret to keep. */
export function getAuditKey(): Buffer {
  return Buffer.from(
    hkdfSync("sha256", getDataKey(), Buffer.alloc(0), "sizheng-audit-chain-v1", 32),
  );
}

/** Checks every required setting; called once at server start (instrumentation.ts). */
export function assertConfig(): void {
  getAuthSecret();
  getDataKey();
}
