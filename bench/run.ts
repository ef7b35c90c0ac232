/**
 * `npm run bench`: every benchmark, one line each, printed as ratios. Benchmarks are not tests:
 * they measure, and the closing notes of issues quote them.
 */
import { benchNetwork } from './network.js';

const n = benchNetwork();
console.log(
  `network reachability: ${n.enis} interfaces (${n.exposed} exposed) | load ${n.loadMs.toFixed(0)} ms | analysis ${n.analysisMs.toFixed(0)} ms | analysis/load = ${(n.analysisMs / n.loadMs).toFixed(2)} (target < 1)`,
);
