/**
 * After the test run: every rule in the registry must have been seen by its unit tests as FAIL,
 * PASS and ERROR (recorded by test/helpers/inventory.ts into POSTURE_RULE_COVERAGE_DIR).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../src/rules/index.js';

const dir = process.argv[2] ?? process.env.POSTURE_RULE_COVERAGE_DIR;
if (!dir || !existsSync(dir)) {
  console.error('rule coverage: no coverage records found (run the tests with POSTURE_RULE_COVERAGE_DIR set)');
  process.exit(1);
}
const seen = new Map<string, Set<string>>();
for (const f of readdirSync(dir))
  for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
    if (!line) continue;
    const { rule, status } = JSON.parse(line) as { rule: string; status: string };
    if (!seen.has(rule)) seen.set(rule, new Set());
    seen.get(rule)!.add(status);
  }
rmSync(dir, { recursive: true, force: true });
const missing = RULES.map((r) => ({ id: r.id, lacks: ['FAIL', 'PASS', 'ERROR'].filter((s) => !seen.get(r.id)?.has(s)) })).filter((m) => m.lacks.length);
for (const m of missing) console.error(`rule coverage: ${m.id} was never seen ${m.lacks.join(', ')} in unit tests`);
console.log(`rule coverage: ${RULES.length - missing.length} of ${RULES.length} rules seen FAIL, PASS and ERROR`);
process.exit(missing.length ? 1 : 0);
