/**
 * `npm run bench`: every benchmark, one line each, printed as ratios. Benchmarks are not tests:
 * they measure, and the closing notes of issues quote them. `npm run bench -- --quick` uses a
 * 100,000-resource estate for the evaluation benchmark instead of 1,000,000.
 */
import { benchEvaluation } from './evaluation.js';
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

const e = benchEvaluation(quick ? 100_000 : 1_000_000);
console.log(
  `evaluation: ${e.resources} resources, ${e.rules} rules, ${e.findings} findings | load ${e.loadMs.toFixed(0)} ms | evaluate ${e.evalMs.toFixed(0)} ms | evaluate/load = ${(e.evalMs / e.loadMs).toFixed(2)} (target < 1) | peak RSS ${e.peakRssMb.toFixed(0)} MB (target < 4096)`,
);
