// Display formatting in Asia/Shanghai, whatever the server's time zone.
import { shanghaiDayKey, shanghaiMinuteKey } from "./dates";

const dateTime = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});
const timeOnly = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});
const dateOnly = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export function formatDateTime(d: Date | null | undefined): string {
  return d ? dateTime.format(d) : "—";
}

/** HH:mm, for "统计于" stamps of figures computed today. */
export function formatTime(d: Date | null | undefined): string {
  return d ? timeOnly.format(d) : "—";
}

export function formatDate(d: Date | null | undefined): string {
  return d ? dateOnly.format(d) : "—";
}

/** YYYY-MM-DD in Asia/Shanghai, for date inputs. */
export function toDateInput(d: Date | null | undefined): string {
  if (!d) return "";
  return shanghaiDayKey(d);
}

/** YYYY-MM-DDTHH:mm in Asia/Shanghai, for datetime-local inputs. */
export function toDateTimeInput(d: Date | null | undefined): string {
  if (!d) return "";
  return shanghaiMinuteKey(d);
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * A duration as people say it: minutes under an hour (at least 1), hours
 * with one decimal under two days, then whole days. Never "0 小时".
 */
export function formatDuration(ms: number): string {
  const t = Math.max(0, ms);
  if (t < HOUR_MS) return `${Math.max(1, Math.round(t / MINUTE_MS))} 分钟`;
  if (t < 2 * DAY_MS) return `${Math.round((t / HOUR_MS) * 10) / 10} 小时`;
  return `${Math.floor(t / DAY_MS)} 天`;
}

/** covered / total as a percentage with one decimal (0 when total is 0). */
export function percent(covered: number, total: number): number {
  return total === 0 ? 0 : Math.round((covered / total) * 1000) / 10;
}
