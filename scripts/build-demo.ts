/**
 * `npm run demo:build`: starts moto on loopback, seeds the demo estate through the AWS SDK, collects
 * it with posture's own collectors, and writes demo/inventory.json (the bundled demo account).
 */
import { fileURLToPath } from 'node:url';
import { ClientFactory } from '../src/aws/clientFactory.js';
import { COLLECTORS } from '../src/collectors/index.js';
import { collectAccount } from '../src/collectors/run.js';
import { saveInventoryFile } from '../src/inventory/file.js';
import { DEMO_ACCOUNT, DEMO_REGIONS, seedDemoEstate } from './demo/seed.js';
import { startMoto } from './lib/motoServer.js';

const out = fileURLToPath(new URL('../demo/inventory.json', import.meta.url));
const moto = await startMoto({ MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' });
try {
  Object.assign(process.env, moto.env);
  await seedDemoEstate(moto.endpoint);
  const clients = new ClientFactory();
  const inventory = await collectAccount({ clients, account: DEMO_ACCOUNT, regions: DEMO_REGIONS, collectors: COLLECTORS, apiRegion: 'us-east-1' });
  clients.destroy();
  // A fixed date keeps the bundled file stable across rebuilds.
  inventory.collectedAt = '2026-11-24T00:00:00.000Z';
  for (const c of inventory.collections) c.durationMs = 0;
  saveInventoryFile(out, inventory);
  const failed = inventory.collections.filter((c) => c.state !== 'ok');
  console.log(`wrote ${out}: ${inventory.resources.length} resources, ${inventory.collections.length} units (${failed.length} not ok${failed.length ? `: ${failed.map((f) => `${f.region}/${f.collector}=${f.state}`).join(', ')}` : ''})`);
} finally {
  await moto.stop();
}
