import { shanghaiDate } from "../clock";

/** A story date (year, month, day), as written for 2026-11-01. */
export type Ymd = readonly [number, number, number];

/** A story date moved onto the anchor, at a wall-clock time in Asia/Shanghai. */
export const at = ([y, m, d]: Ymd, hour = 9, minute = 0) =>
  new Date(shanghaiDate(y, m, d).getTime() + ((hour - 9) * 60 + minute) * 60_000);
