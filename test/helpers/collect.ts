import { ClientFactory } from '../../src/aws/clientFactory.js';
import type { CollectorDefinition } from '../../src/collectors/defineCollector.js';
import { collectAccount } from '../../src/collectors/run.js';
import type { SavedInventory } from '../../src/inventory/schema.js';

/** Runs collectors the way a scan does, against whatever endpoint the environment names (moto). */
export async function collectWith(opts: { collectors: CollectorDefinition[]; regions: string[]; account?: string; apiRegion?: string }): Promise<SavedInventory> {
  const clients = new ClientFactory();
  try {
    return await collectAccount({ clients, account: opts.account ?? '123456789012', regions: opts.regions, apiRegion: opts.apiRegion ?? opts.regions[0], collectors: opts.collectors });
  } finally {
    clients.destroy();
  }
}
