import { formatDuration } from "../format";

// The consultation desk's 24-hour service promise ("24小时点对点"). Pure: the
// caller passes the clock, so tests can prove where the line falls.

export const SLA_HOURS = 24;

const HOUR_MS = 3600_000;
export const SLA_MS = SLA_HOURS * HOUR_MS;

export type SlaStatus = {
  /** Time from asking to the answer, or to `now` while still open. */
  elapsedMs: number;
  /** Answered, or still open, at or after 24 hours. */
  breached: boolean;
  /** Whole hours left before the deadline (open and not yet breached). */
  hoursLeft: number;
  /** Whole hours past the deadline (0 in the first hour after it). */
  hoursOver: number;
};

export function slaStatus(
  askedAt: Date,
  answeredAt: Date | null,
  now: Date = new Date(),
): SlaStatus {
  const end = answeredAt ?? now;
  const elapsedMs = Math.max(0, end.getTime() - askedAt.getTime());
  const breached = elapsedMs >= SLA_MS;
  return {
    elapsedMs,
    breached,
    hoursLeft: breached ? 0 : Math.ceil((SLA_MS - elapsedMs) / HOUR_MS),
    hoursOver: breached ? Math.floor((elapsedMs - SLA_MS) / HOUR_MS) : 0,
  };
}

/**
 * The timer text shown per queue row. Past 48 hours an overdue question
 * reads in days ("已超时 37 天", not "888 小时"); an answer's time reads in
 * minutes, hours or days (lib/format.ts), never "0 小时内答复".
 */
export function slaLabel(s: SlaStatus, open: boolean): string {
  if (open) {
    if (!s.breached) return `剩余 ${s.hoursLeft} 小时`;
    if (s.hoursOver === 0) return "已超时不足 1 小时";
    return s.hoursOver >= 48
      ? `已超时 ${Math.floor(s.hoursOver / 24)} 天`
      : `已超时 ${s.hoursOver} 小时`;
  }
  return s.breached
    ? `超时答复（用时 ${formatDuration(s.elapsedMs)}）`
    : `${formatDuration(s.elapsedMs)}内答复`;
}

/** Hours with one decimal, for response times. */
export function hoursOf(ms: number): number {
  return Math.round((ms / HOUR_MS) * 10) / 10;
}

/** The median of response times in milliseconds, or null when there are none. */
export function medianMs(durations: number[]): number | null {
  if (durations.length === 0) return null;
  const sorted = [...durations].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The instant before which an open consultation is in breach. */
export function breachCutoff(now: Date): Date {
  return new Date(now.getTime() - SLA_MS);
}
