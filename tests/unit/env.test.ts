// Required configuration: missing secrets stop a production server with a
// clear Chinese message; development falls back to labelled dev values.
import { afterEach, describe, expect, it, vi } from "vitest";

import { assertConfig, ConfigError, getAuditKey, getDataKey } from "@/lib/env";

afterEach(() => vi.unstubAllEnvs());

describe("configuration", () => {
  it("refuses to run in production without AUTH_SECRET", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_SECRET", "");
    vi.stubEnv("NEXTAUTH_SECRET", "");
    vi.stubEnv("DATA_KEY", Buffer.alloc(32, 1).toString("base64"));
    expect(() => assertConfig()).toThrow(ConfigError);
    expect(() => assertConfig()).toThrow(/缺少必需配置 AUTH_SECRET/);
  });

  it("refuses to run in production without DATA_KEY, or with a key of the wrong size", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_SECRET", "x".repeat(40));
    vi.stubEnv("DATA_KEY", "");
    expect(() => assertConfig()).toThrow(/缺少必需配置 DATA_KEY/);
    vi.stubEnv("DATA_KEY", Buffer.alloc(16).toString("base64"));
    expect(() => assertConfig()).toThrow(/DATA_KEY 无效/);
  });

  it("accepts complete configuration and derives a separate audit key", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_SECRET", "x".repeat(40));
    vi.stubEnv("DATA_KEY", Buffer.alloc(32, 1).toString("base64"));
    expect(() => assertConfig()).not.toThrow();
    expect(getAuditKey()).toHaveLength(32);
    expect(getAuditKey().equals(getDataKey())).toBe(false);
  });

  it("falls back to development values outside production", () => {
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("AUTH_SECRET", "");
    vi.stubEnv("DATA_KEY", "");
    expect(() => assertConfig()).not.toThrow();
  });
});
