/** The years with direction records, as filter options ("2026 年"). */
export function yearOptions(years: number[]) {
  return years.map((y) => ({ value: String(y), label: `${y} 年` }));
}
