/**
 * Start-up benchmark: wall time of `posture --help` from the built CLI (dist/), best of five runs,
 * against the 0.3 s target. AWS clients are imported lazily, so --help loads none of them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

export function benchStartup(runs = 5): { bestMs: number; medianMs: number } {
  const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
  if (!existsSync(main)) throw new Error('dist/ is missing: run `npm run build` first');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [main, '--help'], { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`posture --help exited ${r.status}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { bestMs: times[0], medianMs: times[Math.floor(times.length / 2)] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchStartup();
  console.log(`startup: posture --help best ${r.bestMs.toFixed(0)} ms, median ${r.medianMs.toFixed(0)} ms; best/target(300 ms) = ${(r.bestMs / 300).toFixed(2)}`);
}
