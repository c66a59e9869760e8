// The span of a cycle (pure): a Shanghai calendar year, or one half of it.
import { shanghaiMidnight } from "../dates";

export function cyclePeriod(year: number, half: 1 | 2 | null): { start: Date; end: Date } {
  if (half === 1) return { start: shanghaiMidnight(year, 0), end: shanghaiMidnight(year, 6) };
  if (half === 2) return { start: shanghaiMidnight(year, 6), end: shanghaiMidnight(year + 1, 0) };
  return { start: shanghaiMidnight(year, 0), end: shanghaiMidnight(year + 1, 0) };
}

export function periodLabel(year: number, half: number | null): string {
  return half === 1 ? `${year} 年上半年` : half === 2 ? `${year} 年下半年` : `${year} 年度`;
}
