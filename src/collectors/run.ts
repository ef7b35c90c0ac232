import { classifyAwsError } from '../aws/errors.js';
import type { ClientFactory } from '../aws/clientFactory.js';
import { GLOBAL_REGION } from '../core/vocabulary.js';
import { INVENTORY_FORMAT, INVENTORY_VERSION, type CollectionStatus, type Resource, type ResourceType, type SavedInventory } from '../inventory/schema.js';
import type { CollectorDefinition } from './defineCollector.js';
import { mapLimit } from './util.js';

export interface CollectOptions {
  clients: ClientFactory;
  account: string;
  regions: string[];
  collectors: CollectorDefinition[];
  /** Region to send global API calls to. */
  apiRegion: string;
  /** Collection units run at once. */
  concurrency?: number;
  onUnitDone?: (status: CollectionStatus, done: number, total: number) => void;
  now?: () => Date;
}

export interface UnitOptions {
  clients: ClientFactory;
  account: string;
  /** The region to collect, or 'global' for a global collector. */
  region: string;
  collector: CollectorDefinition;
  apiRegion: string;
  /** Resources the collector's dependencies produced for the same account. */
  collectedSoFar: (type: ResourceType) => Resource[];
  /** Statuses of the units already run for the same account (its dependencies among them). */
  inputs?: readonly CollectionStatus[];
}

export interface UnitResult {
  status: CollectionStatus;
  resources: Resource[];
}

/**
 * Runs one (account, region, collector) unit. It never throws: a unit that cannot be read is
 * returned with its state, so callers (one process or a queue worker) record it the same way.
 */
export async function runUnit(opts: UnitOptions): Promise<UnitResult> {
  const { account, region, collector: c } = opts;
  const started = Date.now();
  const missing = failedInputs(c, region, opts.inputs ?? []);
  if (missing) {
    // Reading the rest would report an incomplete answer (e.g. no user data because no instances
    // were listed) as if it were complete: the unit fails with the reason instead.
    const status: CollectionStatus = { account, region, collector: c.id, state: missing.state, message: `its input ${missing.collector} in ${missing.region} could not be read (${missing.state}${missing.message ? `: ${missing.message}` : ''})`, resources: 0, durationMs: 0 };
    return { status, resources: [] };
  }
  let result: UnitResult;
  try {
    const found = await c.collect({ account, region, apiRegion: opts.apiRegion, clients: opts.clients, collectedSoFar: opts.collectedSoFar });
    result = { status: { account, region, collector: c.id, state: 'ok', resources: found.length, durationMs: Date.now() - started }, resources: found };
  } catch (e) {
    const { state, message } = classifyAwsError(e);
    result = { status: { account, region, collector: c.id, state, message, resources: 0, durationMs: Date.now() - started }, resources: [] };
  }
  opts.clients.stats.units.push({ account, region, collector: c.id, start: started, ms: result.status.durationMs });
  return result;
}

/**
 * The first failed unit this one reads from: a dependency's unit in the same region or under
 * 'global', or in any region when this unit is global (it reads the whole account).
 */
function failedInputs(c: CollectorDefinition, region: string, inputs: readonly CollectionStatus[]): CollectionStatus | undefined {
  const deps = new Set(c.dependsOn ?? []);
  if (!deps.size) return undefined;
  return inputs.find((s) => deps.has(s.collector) && s.state !== 'ok' && (region === GLOBAL_REGION || s.region === region || s.region === GLOBAL_REGION));
}

/** The regions a collector runs in: every scanned region, or once under 'global'. */
export function unitRegions(c: CollectorDefinition, regions: string[]): string[] {
  return c.scope === 'global' ? [GLOBAL_REGION] : regions;
}

/**
 * Fans out over (region × collector) for one account. A unit that fails is recorded with its
 * state and never stops the others. Collectors that read others' output run in a later wave.
 */
export async function collectAccount(opts: CollectOptions): Promise<SavedInventory> {
  const resources: Resource[] = [];
  const collections: CollectionStatus[] = [];
  const waves = orderInWaves(opts.collectors);
  const total = opts.collectors.reduce((n, c) => n + unitRegions(c, opts.regions).length, 0);
  let done = 0;
  for (const wave of waves) {
    const units = wave.flatMap((c) => unitRegions(c, opts.regions).map((region) => ({ c, region })));
    const results = await mapLimit(units, opts.concurrency ?? 8, async ({ c, region }) => {
      const r = await runUnit({
        clients: opts.clients,
        account: opts.account,
        region,
        collector: c,
        apiRegion: opts.apiRegion,
        collectedSoFar: (type) => resources.filter((x) => x.type === type),
        inputs: collections,
      });
      opts.onUnitDone?.(r.status, ++done, total);
      return r;
    });
    for (const r of results) {
      collections.push(r.status);
      // One unit can return hundreds of thousands of resources (log groups): spread arguments would overflow the stack.
      for (const x of r.resources) resources.push(x);
    }
  }
  return {
    format: INVENTORY_FORMAT,
    version: INVENTORY_VERSION,
    collectedAt: (opts.now?.() ?? new Date()).toISOString(),
    accounts: [opts.account],
    regions: opts.regions,
    collections,
    resources,
  };
}

/** Collectors in waves: each wave reads only what earlier waves produced. */
export function orderInWaves(collectors: CollectorDefinition[]): CollectorDefinition[][] {
  const byId = new Map(collectors.map((c) => [c.id, c]));
  const placed = new Set<string>();
  const waves: CollectorDefinition[][] = [];
  let remaining = [...collectors];
  while (remaining.length) {
    const ready = remaining.filter((c) => (c.dependsOn ?? []).every((d) => placed.has(d) || !byId.has(d)));
    if (!ready.length) throw new Error(`collector dependency cycle among ${remaining.map((c) => c.id).join(', ')}`);
    waves.push(ready);
    for (const c of ready) placed.add(c.id);
    remaining = remaining.filter((c) => !placed.has(c.id));
  }
  return waves;
}
