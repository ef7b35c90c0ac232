import { classifyAwsError } from '../aws/errors.js';
import type { ClientFactory } from '../aws/clientFactory.js';
import { GLOBAL_REGION } from '../core/vocabulary.js';
import { INVENTORY_FORMAT, INVENTORY_VERSION, type CollectionStatus, type Resource, type SavedInventory } from '../inventory/schema.js';
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

/**
 * Fans out over (region × collector) for one account. A unit that fails is recorded with its
 * state and never stops the others. Collectors that read others' output run in a later wave.
 */
export async function collectAccount(opts: CollectOptions): Promise<SavedInventory> {
  const resources: Resource[] = [];
  const collections: CollectionStatus[] = [];
  const waves = orderInWaves(opts.collectors);
  const total = opts.collectors.reduce((n, c) => n + (c.scope === 'global' ? 1 : opts.regions.length), 0);
  let done = 0;
  for (const wave of waves) {
    const units = wave.flatMap((c) => (c.scope === 'global' ? [{ c, region: GLOBAL_REGION }] : opts.regions.map((region) => ({ c, region }))));
    const results = await mapLimit(units, opts.concurrency ?? 8, async ({ c, region }) => {
      const started = Date.now();
      let status: CollectionStatus;
      let found: Resource[] = [];
      try {
        found = await c.collect({
          account: opts.account,
          region,
          apiRegion: opts.apiRegion,
          clients: opts.clients,
          collectedSoFar: (type) => resources.filter((r) => r.type === type),
        });
        status = { account: opts.account, region, collector: c.id, state: 'ok', resources: found.length, durationMs: Date.now() - started };
      } catch (e) {
        const { state, message } = classifyAwsError(e);
        status = { account: opts.account, region, collector: c.id, state, message, resources: 0, durationMs: Date.now() - started };
      }
      opts.clients.stats.units.push({ unit: `${opts.account}/${region}/${c.id}`, ms: status.durationMs });
      opts.onUnitDone?.(status, ++done, total);
      return { status, found };
    });
    for (const r of results) {
      collections.push(r.status);
      resources.push(...r.found);
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

function orderInWaves(collectors: CollectorDefinition[]): CollectorDefinition[][] {
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
