import { readFileSync } from 'node:fs';
import { COLLECTORS_BY_ID } from '../collectors/index.js';
import { PostureError } from '../core/errors.js';
import { evaluate, evaluateCounted, type CountedEvaluation } from '../engine/evaluate.js';
import { Inventory } from '../inventory/inventory.js';
import { loadInventoryFile, saveInventoryFile } from '../inventory/file.js';
import type { CollectionStatus, SavedInventory } from '../inventory/schema.js';
import type { CallStats } from '../aws/callStats.js';
import type { AccountTargets } from './accounts.js';
import type { CollectorDefinition } from '../collectors/defineCollector.js';
import { DlcDataError, loadDlcKnowledge } from '../dlc/data.js';
import type { DlcKnowledge } from '../dlc/knowledge.js';
import { FINDINGS_SCHEMA_VERSION, type ScanResult } from './result.js';
import { evaluateFramework } from '../frameworks/evaluate.js';
import { frameworkIds, loadFramework, type Framework } from '../frameworks/load.js';
import { diffBaseline, newSince } from '../report/baseline.js';
import { applySuppressions, type Suppression, type TagsOf } from '../report/suppress.js';
import { collectorsFor, selectRules } from './selection.js';

export interface ScanOptions {
  regions?: string[];
  services?: string[];
  rules?: string[];
  profile?: string;
  inventoryFile?: string;
  saveInventory?: string;
  includePass?: boolean;
  params?: Record<string, unknown>;
  asOf?: Date;
  /** DLC support data file (default: the bundled data/dlc-support.json). */
  dlcData?: string;
  suppressions?: Suppression[];
  /** Framework ids (frameworks/<id>.yaml) to report per control. */
  frameworks?: string[];
  /** A previous findings JSON: report only what is new since. */
  baselineFile?: string;
  limits?: { maxRps?: number; serviceRps?: number; requestTimeoutMs?: number };
  targets?: AccountTargets;
  onUnitDone?: (s: CollectionStatus, done: number, total: number) => void;
  onMessage?: (text: string) => void;
}

export interface ScanOutcome {
  result: ScanResult;
  stats?: CallStats;
  /** Things the user should know that are not findings (expired suppressions). */
  warnings: string[];
}

export const VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export async function runScan(opts: ScanOptions): Promise<ScanOutcome> {
  const started = new Date();
  const rules = selectRules(opts.rules, opts.services);
  if (!rules.length) throw new PostureError('no rules selected');
  // Frameworks and the baseline are read before any API call, so a bad flag fails fast.
  const frameworks = (opts.frameworks ?? []).map(loadFrameworkOrExplain);
  const baseline = opts.baselineFile ? readBaseline(opts.baselineFile) : undefined;
  const collectors = collectorsFor(rules);
  // DLC data is read before any API call, so a bad --dlc-data fails fast and clearly.
  const eager = rules.some((r) => r.service === 'dlc') || opts.dlcData ? dlcKnowledge(opts.dlcData) : undefined;
  // Other rules (host rules naming a DLC host in evidence) may ask too: load the bundled data on first use.
  let lazy: DlcKnowledge | undefined;
  const dlc = () => (eager ?? (lazy ??= dlcKnowledge()));
  const { saved, stats, source } = await obtainInventory(opts, collectors);
  if (opts.saveInventory) saveInventoryFile(opts.saveInventory, saved);
  const inventory = new Inventory(saved);
  const evalOpts = { rules, collectors: COLLECTORS_BY_ID, params: opts.params, asOf: opts.asOf, dlc };
  // PASS results are only counted unless they are to be listed.
  const evaluated: CountedEvaluation = opts.includePass ? { findings: evaluate(inventory, evalOpts), passed: new Map() } : evaluateCounted(inventory, evalOpts);
  const muted = applySuppressions(evaluated.findings, opts.suppressions ?? [], opts.asOf ?? new Date(), tagLookup(saved));
  const findings = muted.findings;
  const countedPasses = [...evaluated.passed.values()].reduce((a, b) => a + b, 0);
  const needed = new Set(collectors.map((c) => c.id));
  const collection = saved.collections.filter((s) => needed.has(s.collector));
  let result: ScanResult = {
      schemaVersion: FINDINGS_SCHEMA_VERSION,
      scan: {
        tool: { name: 'posture', version: VERSION },
        accounts: saved.accounts,
        regions: saved.regions,
        started: started.toISOString(),
        finished: new Date().toISOString(),
        source,
        collection,
        complete: collection.every((s) => s.state === 'ok'),
        rulesEvaluated: rules.length,
        counts: {
          PASS: countedPasses + findings.filter((f) => f.status === 'PASS').length,
          FAIL: findings.filter((f) => f.status === 'FAIL').length,
          ERROR: findings.filter((f) => f.status === 'ERROR').length,
          MUTED: findings.filter((f) => f.status === 'MUTED').length,
        },
      },
      findings,
  };
  if (frameworks.length) result.frameworks = frameworks.map((fw) => evaluateFramework(fw, findings, evaluated.passed));
  if (baseline) result = { ...newSince(baseline, result), baseline: { file: opts.baselineFile!, ...countsOf(diffBaseline(baseline, result)) } };
  return { stats, result, warnings: muted.warnings };
}

function countsOf(d: ReturnType<typeof diffBaseline>) {
  return { added: d.added.length, unchanged: d.unchanged.length, resolved: d.resolved.length };
}

function loadFrameworkOrExplain(id: string): Framework {
  if (!frameworkIds().includes(id)) throw new PostureError(`unknown framework "${id}" (known: ${frameworkIds().join(', ')})`);
  return loadFramework(id);
}

function readBaseline(file: string): ScanResult {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ScanResult;
  } catch (e) {
    throw new PostureError(`--baseline ${file}: ${(e as Error).message}`);
  }
}

/** Tags by resource id and ARN, for suppressions that match on tags (tagging API entries included). */
function tagLookup(saved: SavedInventory): TagsOf {
  const byKey = new Map<string, Record<string, string>>();
  for (const r of saved.resources) {
    if (!Object.keys(r.tags).length) continue;
    byKey.set(r.id, r.tags);
    if (r.arn) byKey.set(r.arn, r.tags);
  }
  return (resource) => (resource.arn && byKey.get(resource.arn)) || byKey.get(resource.id);
}

export function dlcKnowledge(path?: string): DlcKnowledge {
  try {
    return loadDlcKnowledge(path);
  } catch (e) {
    if (e instanceof DlcDataError) throw new PostureError(e.message.replace(/\n/g, '; '));
    throw e;
  }
}

/** A saved inventory (narrowed to --region), or a live collection by the given collectors. */
export async function obtainInventory(
  opts: Pick<ScanOptions, 'inventoryFile' | 'regions' | 'profile' | 'onUnitDone' | 'onMessage' | 'limits' | 'targets'>,
  collectors: CollectorDefinition[],
): Promise<{ saved: SavedInventory; stats?: CallStats; source: 'live' | 'inventory' }> {
  if (opts.inventoryFile) {
    let saved = loadInventoryFile(opts.inventoryFile).data;
    if (opts.regions?.length) {
      const unknown = opts.regions.filter((r) => !saved.regions.includes(r));
      if (unknown.length) throw new PostureError(`region(s) ${unknown.join(', ')} are not in the inventory (it has ${saved.regions.join(', ')})`);
      saved = narrowRegions(saved, opts.regions);
    }
    return { saved, source: 'inventory' };
  }
  const { collectLive } = await import('./live.js');
  const live = await collectLive({ regions: opts.regions, profile: opts.profile, collectors, limits: opts.limits, targets: opts.targets, onUnitDone: opts.onUnitDone, onMessage: opts.onMessage });
  live.clients.destroy();
  return { saved: live.inventory, stats: live.clients.stats, source: 'live' };
}

function narrowRegions(saved: SavedInventory, regions: string[]): SavedInventory {
  const keep = (r: string) => r === 'global' || regions.includes(r);
  return { ...saved, regions, collections: saved.collections.filter((s) => keep(s.region)), resources: saved.resources.filter((r) => keep(r.region)) };
}
