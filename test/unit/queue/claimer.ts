// Run as a child process by claim.test.ts: claims and completes units until none is ready.
import { openQueue } from '../../../src/queue/db.js';
import { claim, complete } from '../../../src/queue/units.js';

const [file, scanId, workerId, startAt] = process.argv.slice(2);
const db = openQueue(file);
// Both processes start claiming at the same moment, so their transactions really contend.
while (Date.now() < Number(startAt));
const got: string[] = [];
for (;;) {
  const u = claim(db, scanId, workerId, { leaseMs: 60_000, maxAttempts: 3 });
  if (!u) break;
  const status = { account: u.account, region: u.region, collector: u.collector, state: 'ok' as const, resources: 0, durationMs: 0 };
  if (!complete(db, u, workerId, { status, resources: [] })) throw new Error(`lost ${u.collector}`);
  got.push(`${u.account}/${u.region}/${u.collector}`);
}
db.close();
process.stdout.write(JSON.stringify(got));
