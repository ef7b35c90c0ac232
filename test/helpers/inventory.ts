import { GLOBAL_REGION } from '../../src/core/vocabulary.js';
import type { AnyRule, RuleResult } from '../../src/engine/defineRule.js';
import { evaluate as evaluateRules } from '../../src/engine/evaluate.js';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../src/engine/findings.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { INVENTORY_FORMAT, INVENTORY_VERSION, type CollectionStatus, type Resource, type ResourceOf, type ResourceType } from '../../src/inventory/schema.js';
import { COLLECTORS_BY_ID } from '../../src/collectors/index.js';
import type { DlcKnowledge } from '../../src/dlc/knowledge.js';

export const ACCOUNT = '111122223333';
export const REGION = 'us-east-1';

/** A typed resource with the base fields filled in; pass only what the case is about. */
export function resource<T extends ResourceType>(type: T, fields: Omit<ResourceOf<T>, 'type' | 'account' | 'region' | 'tags' | 'id'> & Partial<Pick<ResourceOf<T>, 'account' | 'region' | 'tags' | 'id'>>): ResourceOf<T> {
  return { id: `${type.split('::')[2].toLowerCase()}-${Math.random().toString(16).slice(2, 10)}`, account: ACCOUNT, region: REGION, tags: {}, ...fields, type } as ResourceOf<T>;
}

/**
 * An inventory in which every collector the given rules need is recorded `ok` in REGION (and
 * globally), except the units named in `failed`, which are recorded with that state.
 */
export function inventoryFor(rules: AnyRule[], resources: Resource[], failed: Array<{ collector: string; region?: string; state?: CollectionStatus['state'] }> = [], regions = [REGION]): Inventory {
  const collections: CollectionStatus[] = [];
  for (const id of new Set(rules.flatMap((r) => r.requires))) {
    const c = COLLECTORS_BY_ID.get(id);
    if (!c) throw new Error(`unknown collector ${id}`);
    for (const region of c.scope === 'global' ? [GLOBAL_REGION] : regions) {
      const f = failed.find((x) => x.collector === id && (x.region ?? (c.scope === 'global' ? GLOBAL_REGION : REGION)) === region);
      collections.push({ account: ACCOUNT, region, collector: id, state: f ? (f.state ?? 'access-denied') : 'ok', message: f ? 'AccessDeniedException: denied' : undefined, resources: 0, durationMs: 0 });
    }
  }
  return new Inventory({ format: INVENTORY_FORMAT, version: INVENTORY_VERSION, collectedAt: new Date().toISOString(), accounts: [ACCOUNT], regions, collections, resources });
}

/**
 * The engine, recording which statuses each rule produced when POSTURE_RULE_COVERAGE_DIR is set
 * (npm test sets it), so scripts/check-rule-coverage.ts can prove every rule was seen FAIL, PASS
 * and ERROR. Rule tests call this, never the engine directly.
 */
export function evaluate(...args: Parameters<typeof evaluateRules>): Finding[] {
  const findings = evaluateRules(...args);
  const dir = process.env.POSTURE_RULE_COVERAGE_DIR;
  if (dir && findings.length) {
    mkdirSync(dir, { recursive: true });
    appendFileSync(join(dir, `${process.pid}.jsonl`), findings.map((f) => JSON.stringify({ rule: f.ruleId, status: f.status })).join('\n') + '\n');
  }
  return findings;
}

/** Evaluate one rule through the real engine (so ERROR-on-missing-data is exercised too). */
export function run(
  rule: AnyRule,
  resources: Resource[],
  opts: { failed?: Parameters<typeof inventoryFor>[2]; params?: unknown; regions?: string[]; asOf?: Date; dlc?: () => DlcKnowledge } = {},
): Finding[] {
  return evaluate(inventoryFor([rule], resources, opts.failed, opts.regions), {
    rules: [rule],
    collectors: COLLECTORS_BY_ID,
    params: opts.params ? { [rule.id]: opts.params } : undefined,
    asOf: opts.asOf,
    dlc: opts.dlc,
  });
}

/** status of the finding about resource id (or the only finding when id is omitted). */
export function statusOf(findings: Finding[], id?: string): string {
  const f = id ? findings.filter((x) => x.resource.id === id) : findings;
  if (f.length !== 1) throw new Error(`expected one finding${id ? ` for ${id}` : ''}, got ${f.length}: ${JSON.stringify(findings.map((x) => [x.resource.id, x.status]))}`);
  return f[0].status;
}

export type { RuleResult };
