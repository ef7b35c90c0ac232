import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Records, when POSTURE_MOTO_COVERAGE_DIR is set (npm test sets it), which rules produced a
 * FAIL or PASS from data collected from moto_server, so scripts/check-moto-coverage.ts can prove
 * every rule either was exercised against moto or is listed, with a reason, as one moto cannot serve.
 * Integration tests call this with the findings of a scan of a moto-seeded estate.
 */
export function recordMotoCoverage(findings: ReadonlyArray<{ ruleId: string; status: string }>, source: string): void {
  const dir = process.env.POSTURE_MOTO_COVERAGE_DIR;
  if (!dir || !findings.length) return;
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, `${process.pid}.jsonl`), findings.map((f) => JSON.stringify({ rule: f.ruleId, status: f.status, source })).join('\n') + '\n');
}
