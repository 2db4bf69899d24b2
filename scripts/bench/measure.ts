/** Timing and formatting helpers of the bench: it prints figures, never asserts them. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export const ms = (value: number) => `${value.toFixed(3)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export function heading(title: string) {
  console.log(`\n## ${title}`);
}

/** Runs `body` `runs` times and prints p50 and p95 of the wall time. */
export function time(label: string, runs: number, body: () => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    body();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} runs ${String(runs).padStart(5)}  p50 ${ms(percentile(samples, 50))}  p95 ${ms(percentile(samples, 95))}`);
  return samples;
}
