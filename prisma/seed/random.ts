// Deterministic randomness and ids for the seed. Same seed, same data: the
// demo, the screenshots and the e2e tests all rely on it.
import { createHash } from "node:crypto";

export const SEED = 20170915;

/** mulberry32: a tiny 32-bit PRNG, good enough for demo data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;

  constructor(seed: number = SEED) {
    this.next = mulberry32(seed);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

/**
 * A cuid-like id ("c" + 24 lowercase base36 characters) derived from a stable
 * key such as "user:leader". It does not depend on generation order, so adding
 * a record elsewhere in the seed does not shift every other id.
 */
export function stableId(key: string): string {
  const digest = createHash("sha256").update(`sizheng-seed:${key}`).digest("hex");
  return (
    "c" +
    BigInt("0x" + digest)
      .toString(36)
      .padStart(24, "0")
      .slice(0, 24)
  );
}
