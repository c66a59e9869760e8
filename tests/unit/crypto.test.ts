import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { decryptText, encryptText, randomCode } from "@/lib/crypto";

describe("AES-256-GCM for confidential text (docs/security.md item 19)", () => {
  const key = randomBytes(32);
  it("round-trips Chinese text and never stores it in clear", () => {
    const stored = encryptText("谈话记录：家庭困难，需要关心", key);
    expect(stored).not.toContain("家庭");
    expect(decryptText(stored, key)).toBe("谈话记录：家庭困难，需要关心");
  });
  it("fails when one byte of the stored ciphertext is flipped", () => {
    const stored = encryptText("保密内容", key);
    const raw = Buffer.from(stored.slice(3), "base64");
    raw[raw.length - 1] ^= 0x01;
    expect(() => decryptText(`v1:${raw.toString("base64")}`, key)).toThrow();
  });
  it("fails with another key", () => {
    expect(() => decryptText(encryptText("保密内容", key), randomBytes(32))).toThrow();
  });
  it("makes codes of the requested length from an unambiguous alphabet", () => {
    const c = randomCode(20);
    expect(c).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{20}$/);
  });
});
