/**
 * `npm run bench`: every benchmark, one line each, printed as ratios. Benchmarks are not tests:
 * they measure, and the closing notes of issues quote them. `npm run bench -- --quick` uses a
 * 100,000-resource estate for the evaluation benchmark instead of 1,000,000, and a moto estate of
 * about a thousand resources for the collection benchmark instead of about five thousand.
 */
import { benchCollection, formatCollection } from './collection.js';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchNetwork } from './network.js';
import { benchStartup } from './startup.js';

const quick = process.argv.includes('--quick');

const s = benchStartup();
console.log(`startup: posture --help best ${s.bestMs.toFixed(0)} ms (median ${s.medianMs.toFixed(0)} ms) | best/target(300 ms) = ${(s.bestMs / 300).toFixed(2)}`);

const n = benchNetwork();
console.log(
  `network reachability: ${n.enis} interfaces (${n.exposed} exposed) | load ${n.loadMs.toFixed(0)} ms | analysis ${n.analysisMs.toFixed(0)} ms | analysis/load = ${(n.analysisMs / n.loadMs).toFixed(2)} (target < 1)`,
);
(globalThis as { gc?: () => void }).gc?.();

// In a process of its own, so its peak RSS is its own and not the benchmarks' before it; the 3 GB heap
// cap shows the evaluation fits well inside the 4 GB target (V8 grows lazily when allowed more).
const evaluation = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=3072', '--import', 'tsx', fileURLToPath(new URL('./evaluation.ts', import.meta.url)), String(quick ? 100_000 : 1_000_000)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (evaluation.status !== 0) throw new Error(`the evaluation benchmark exited with ${evaluation.status}`);
process.stdout.write(evaluation.stdout);
(globalThis as { gc?: () => void }).gc?.();

// Last: it starts moto_server and talks to it, so its noise does not reach the timings above.
console.log(formatCollection(await benchCollection(quick)));
