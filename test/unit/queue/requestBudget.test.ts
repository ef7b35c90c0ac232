import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openQueue } from '../../../src/queue/db.js';
import { writePlan } from '../../../src/queue/plan.js';
import { SharedRequestBudget } from '../../../src/queue/requestBudget.js';

function plannedScan() {
  const file = join(mkdtempSync(join(tmpdir(), 'posture-budget-')), 'q.db');
  const db = openQueue(file, { create: true });
  const scan = writePlan(db, { targets: [{ account: '111111111111' }], regions: ['us-east-1'], collectors: ['ec2.vpcs'], apiRegion: 'us-east-1', selection: {}, maxRps: 4 });
  return { file, db, scan };
}

describe('shared request budget', () => {
  it('spaces the requests of two connections (two workers) evenly at the scan rate, and never bursts after a pause', async () => {
    const { file, db, scan } = plannedScan();
    // A second connection to the same file, as a second worker process has.
    const other = openQueue(file);
    let clock = 1_000_000;
    const now = () => clock;
    const a = new SharedRequestBudget(db, scan.id, 4, now);
    const b = new SharedRequestBudget(other, scan.id, 4, now);
    // Reservations only (the clock does not move, so nothing sleeps): each gets the next free slot.
    const reserved: number[] = [];
    const take = async (budget: SharedRequestBudget) => {
      const before = clock;
      const slot = (budget as unknown as { reserve: () => number }).reserve();
      reserved.push(slot - before);
    };
    for (const budget of [a, b, a, a, b, b]) await take(budget);
    assert.deepEqual(reserved, [0, 250, 500, 750, 1000, 1250]);
    // After a pause longer than the queue of slots, the next request goes now, and the one after
    // it a full interval later: idle time is not saved up as a burst.
    clock += 60_000;
    reserved.length = 0;
    await take(b);
    await take(a);
    assert.deepEqual(reserved, [0, 250]);
    other.close();
    db.close();
  });

  it('makes take() wait for its slot on the real clock', async () => {
    const { db, scan } = plannedScan();
    const budget = new SharedRequestBudget(db, scan.id, 20);
    const started = Date.now();
    for (let i = 0; i < 6; i++) await budget.take();
    // Six requests at 20/s: the first at once, the sixth no sooner than five intervals (250 ms) later.
    const took = Date.now() - started;
    assert.ok(took >= 249, `took ${took} ms`);
    db.close();
  });

  it('refuses a rate that is not positive, and a scan the database does not have', async () => {
    const { db, scan } = plannedScan();
    assert.throws(() => new SharedRequestBudget(db, scan.id, 0), /positive rate/);
    const missing = new SharedRequestBudget(db, 'no-such-scan', 5);
    await assert.rejects(() => missing.take(), /scan no-such-scan is not in the queue database/);
    db.close();
  });
});
