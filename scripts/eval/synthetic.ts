// Synthetic department histories for the warning evaluation (issue 17 item 6):
// deterministic by seed (mulberry32), departments of 5–40 people over 36
// months, with noisy pulse answers and liaison moods, masked small pulses,
// missing and late reports, and injected morale drops of known size, onset
// and duration. Each month's index is computed with the app's own formula
// (sentimentIndex, moodScore in lib/dashboard/index.ts). Pure.
import { moodScore, sentimentIndex, type Stability } from "../../lib/dashboard/index";
import { MIN_GROUP_SIZE } from "../../lib/people/masking";

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

export class Prng {
  private next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  uniform(a = 0, b = 1) {
    return a + (b - a) * this.next();
  }
  int(a: number, b: number) {
    return Math.floor(this.uniform(a, b + 1));
  }
  normal(sd = 1) {
    const u = Math.max(this.next(), 1e-12);
    return sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number) {
    return this.next() < p;
  }
}

export type Drop = { size: number; onset: number; duration: number };

/** One month as the app would see it at that month's close, and one month later. */
export type SyntheticMonth = {
  /** the index as the formula gives it once everything is in (late reports included) */
  index: number | null;
  /** the index at the month's close: a late report is not in yet */
  indexAtClose: number | null;
  /** the formula without the stability judgement (mood in whole steps), at the close: the old rule's input */
  oldIndexAtClose: number | null;
  /** the formula without the stability judgement, once everything is in */
  oldIndex: number | null;
  /** pulse respondents behind the value, or null (mood only) */
  n: number | null;
  /** whether a liaison mood is part of the value (once everything is in) */
  mood: boolean;
};

export type SyntheticDepartment = {
  size: number;
  drop: Drop | null;
  months: SyntheticMonth[];
};

export type SyntheticConfig = {
  seed: number;
  departments: number;
  months?: number;
  /** a pulse round closes every this many months (1 = monthly, 3 = quarterly) */
  pulseEvery?: number;
  dropSizes?: number[];
  /** share of departments that get one injected drop */
  dropShare?: number;
  /** the first month (0-based) a drop may start: the history before it is the baseline */
  firstOnset?: number;
  /** false: no liaison reports, the index is the pulse alone (a 院 that runs a monthly pulse only) */
  liaison?: boolean;
};

const clamp = (x: number, a: number, b: number) => Math.min(b, Math.max(a, x));
const toScale = (index: number) => 1 + (4 * index) / 100;

/** Generates `departments` histories; the same config always gives the same histories. */
export function generateHistories(cfg: SyntheticConfig): SyntheticDepartment[] {
  const rng = new Prng(cfg.seed);
  const T = cfg.months ?? 36;
  const pulseEvery = cfg.pulseEvery ?? 1;
  const sizes = cfg.dropSizes ?? [5, 10, 15, 20];
  const firstOnset = cfg.firstOnset ?? 12;
  const out: SyntheticDepartment[] = [];
  for (let d = 0; d < cfg.departments; d++) {
    const size = rng.int(5, 40);
    const level = rng.uniform(55, 85);
    const drop = rng.chance(cfg.dropShare ?? 0.5)
      ? { size: rng.pick(sizes), onset: rng.int(firstOnset, T - 1), duration: rng.int(1, 6) }
      : null;
    // Each person's own leaning on the 1–5 scale, and their chance of answering.
    const people = Array.from({ length: size }, () => ({
      bias: rng.normal(0.45),
      answers: rng.uniform(0.55, 0.95),
    }));
    const liaisonNoise = rng.uniform(0.2, 0.4);
    const months: SyntheticMonth[] = [];
    let drift = 0;
    for (let t = 0; t < T; t++) {
      // Slow real movement that is not a drop to report (seasons, workload): AR(1), sd ≈ 2.8.
      drift = 0.7 * drift + rng.normal(2);
      const inDrop = drop && t >= drop.onset && t < drop.onset + drop.duration;
      const latent = clamp(level + drift - (inDrop ? drop.size : 0), 2, 98);

      let pulse: number | null = null;
      let n: number | null = null;
      const pulseMonth = t % pulseEvery === pulseEvery - 1;
      if (pulseMonth) {
        let sum = 0,
          count = 0,
          respondents = 0;
        for (const p of people) {
          if (!rng.chance(p.answers)) continue;
          respondents++;
          for (let q = 0; q < 4; q++) {
            sum += clamp(Math.round(toScale(latent) + p.bias + rng.normal(0.6)), 1, 5);
            count++;
          }
        }
        if (respondents >= MIN_GROUP_SIZE) {
          pulse = sum / count;
          n = respondents;
        }
      }
      // The liaison's impression, reported as a 1–5 mood and a stability judgement
      // that says how far the department sits below its usual level.
      const impression = toScale(latent) + rng.normal(liaisonNoise);
      const mood = clamp(Math.round(impression), 1, 5);
      const dev = latent - level + rng.normal(4);
      const stability: Stability =
        dev > -5 ? "STABLE" : dev > -11 ? "MOSTLY_STABLE" : "FLUCTUATING";
      const missing = rng.chance(0.05);
      const late = !missing && rng.chance(0.1);

      if (pulseMonth && pulse === null) {
        // The heatmap masks the department that month (no mood-only fallback).
        months.push({
          index: null,
          indexAtClose: null,
          oldIndexAtClose: null,
          oldIndex: null,
          n: null,
          mood: false,
        });
        continue;
      }
      if (cfg.liaison === false) {
        const index = sentimentIndex(pulse, null);
        months.push({
          index,
          indexAtClose: index,
          oldIndexAtClose: index,
          oldIndex: index,
          n,
          mood: false,
        });
        continue;
      }
      const m = missing ? null : moodScore(mood, stability);
      const index = sentimentIndex(pulse, m);
      const atClose = late ? sentimentIndex(pulse, null) : index;
      const oldIndex = missing ? sentimentIndex(pulse, null) : sentimentIndex(pulse, mood);
      const old = late ? sentimentIndex(pulse, null) : oldIndex;
      months.push({
        index,
        indexAtClose: atClose,
        oldIndexAtClose: old,
        oldIndex,
        n,
        mood: !missing,
      });
    }
    out.push({ size, drop, months });
  }
  return out;
}
