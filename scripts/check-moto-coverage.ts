/**
 * After the test run: every rule in the registry must have been seen FAIL or PASS on data collected
 * from moto_server (recorded by test/helpers/motoCoverage.ts into POSTURE_MOTO_COVERAGE_DIR), or be
 * listed in test/integration/moto-unserved.yaml with the reason moto cannot serve it. A listed rule
 * that was served is an error too, so the list cannot go stale.
 *
 * Usage: tsx scripts/check-moto-coverage.ts [records-dir] [unserved-yaml]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { RULES } from '../src/rules/index.js';

const DEFAULT_LIST = fileURLToPath(new URL('../test/integration/moto-unserved.yaml', import.meta.url));

export interface Unserved {
  reasons: Map<string, string>;
  errors: string[];
}

/** Reads the `rule_id: reason` map, naming the line of every entry it rejects. */
export function readUnserved(file: string, known: ReadonlySet<string>): Unserved {
  const reasons = new Map<string, string>();
  const errors: string[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter, uniqueKeys: true });
  const at = (offset: number | undefined) => `${file}:${offset === undefined ? '?' : lineCounter.linePos(offset).line}`;
  for (const e of doc.errors) errors.push(`${at(e.pos[0])}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
  if (errors.length) return { reasons, errors };
  if (doc.contents === null) return { reasons, errors };
  if (!isMap(doc.contents)) return { reasons, errors: [`${file}: must be a map of rule_id: reason`] };
  for (const pair of doc.contents.items) {
    const key = pair.key;
    const line = at(isScalar(key) ? key.range?.[0] : undefined);
    if (!isScalar(key) || typeof key.value !== 'string') {
      errors.push(`${line}: the key must be a rule id`);
      continue;
    }
    const id = key.value;
    const value = pair.value;
    const reason = isScalar(value) && typeof value.value === 'string' ? value.value.trim() : '';
    if (!known.has(id)) errors.push(`${line}: ${id} is not a registered rule`);
    else if (!reason) errors.push(`${line}: ${id} needs the reason moto cannot serve it`);
    else reasons.set(id, reason);
  }
  return { reasons, errors };
}

/** Rule id → the test sources that saw it FAIL or PASS against moto. */
export function readServed(dir: string): Map<string, Set<string>> {
  const served = new Map<string, Set<string>>();
  for (const f of readdirSync(dir))
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line) continue;
      const { rule, status, source } = JSON.parse(line) as { rule: string; status: string; source: string };
      if (status !== 'FAIL' && status !== 'PASS') continue;
      if (!served.has(rule)) served.set(rule, new Set());
      served.get(rule)!.add(source);
    }
  return served;
}

function main(): number {
  const dir = process.argv[2] ?? process.env.POSTURE_MOTO_COVERAGE_DIR;
  const listFile = process.argv[3] ?? DEFAULT_LIST;
  if (!dir || !existsSync(dir)) {
    console.error('moto coverage: no coverage records found (run the integration tests with POSTURE_MOTO_COVERAGE_DIR set)');
    return 1;
  }
  if (!existsSync(listFile)) {
    console.error(`moto coverage: ${listFile} is missing`);
    return 1;
  }
  const ids = new Set(RULES.map((r) => r.id));
  const { reasons, errors } = readUnserved(listFile, ids);
  const served = readServed(dir);
  for (const r of RULES) {
    const sources = served.get(r.id);
    if (sources && reasons.has(r.id))
      errors.push(`moto coverage: ${r.id} is listed as unservable in ${listFile} but was seen FAIL/PASS against moto (${[...sources].join(', ')}); remove the entry`);
    else if (!sources && !reasons.has(r.id))
      errors.push(`moto coverage: ${r.id} was never seen FAIL or PASS against moto_server; exercise it in an integration test or list it in ${listFile} with the reason`);
  }
  for (const e of errors) console.error(e.startsWith('moto coverage:') ? e : `moto coverage: ${e}`);
  const exercised = RULES.filter((r) => served.has(r.id)).length;
  console.log(`moto coverage: ${exercised} of ${RULES.length} rules exercised against moto_server; ${reasons.size} listed as unservable`);
  return errors.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(main());
