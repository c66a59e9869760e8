// What the single-call timing scripts (scripts/*-timing.ts) share: the median
// and the maximum of `runs` calls of a loader, after one unmeasured call that
// warms the plan and statement caches (and any kept figures).

/** Times `fn` `runs` times after one warm-up call, and prints the median and the maximum. */
export async function timeMedian(
  label: string,
  fn: () => Promise<unknown>,
  { runs = 10, width = 34 }: { runs?: number; width?: number } = {},
) {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = (times[(runs - 1) >> 1] + times[runs >> 1]) / 2;
  console.log(
    `${label.padEnd(width)} median ${median.toFixed(1).padStart(7)} ms  max ${times.at(-1)!.toFixed(1)}`,
  );
}
