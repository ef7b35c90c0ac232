import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
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
  it('spaces the requests of two connections (two workers) evenly at the scan rate, and never bursts after a pause', () => {
    const { file, db, scan } = plannedScan();
    // A second connection to the same file, as a second worker process has.
    const other = openQueue(file);
    let clock = 1_000_000;
    const now = () => clock;
    const a = new SharedRequestBudget(db, scan.id, 4, { now });
    const b = new SharedRequestBudget(other, scan.id, 4, { now });
    // The clock does not move: each reservation gets the next free slot, 250 ms after the last.
    assert.deepEqual([a, b, a, a, b, b].map((x) => x.reserve() - clock), [0, 250, 500, 750, 1000, 1250]);
    // After a pause longer than the queue of slots, the next request goes now, and the one after
    // it a full interval later: idle time is not saved up as a burst.
    clock += 60_000;
    assert.deepEqual([b, a].map((x) => x.reserve() - clock), [0, 250]);
    other.close();
    db.close();
  });

  it('gives two processes reserving at the same moment distinct slots, each a full interval apart', async () => {
    const { file, db, scan } = plannedScan();
    db.close();
    const reserver = fileURLToPath(new URL('./budgetReserver.ts', import.meta.url));
    const startAt = String(Date.now() + 1500);
    const run = (count: number) => promisify(execFile)(process.execPath, ['--import', 'tsx', reserver, file, scan.id, '50', String(count), startAt]);
    const [one, two] = await Promise.all([run(300), run(300)]);
    const slots = [...JSON.parse(one.stdout), ...JSON.parse(two.stdout)].sort((x: number, y: number) => x - y);
    assert.equal(slots.length, 600);
    // Read-then-write without the write lock would hand both processes the same slot.
    for (let i = 1; i < slots.length; i++) assert.ok(slots[i] - slots[i - 1] >= 20 - 1e-6, `slots ${i - 1} and ${i} are ${slots[i] - slots[i - 1]} ms apart`);
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

  it('takes a slot further ahead than any real backlog for a worker clock running ahead: goes now and warns once', () => {
    const { file, db, scan } = plannedScan();
    const other = openQueue(file);
    let clock = 1_000_000;
    // The other worker's clock runs an hour ahead of this one.
    const ahead = new SharedRequestBudget(other, scan.id, 4, { now: () => clock + 3_600_000 });
    const warnings: number[] = [];
    const here = new SharedRequestBudget(db, scan.id, 4, { now: () => clock, onSkew: (ms) => warnings.push(ms) });
    ahead.reserve();
    assert.equal(here.reserve(), clock, 'no hour-long wait');
    ahead.reserve();
    clock += 10;
    assert.equal(here.reserve(), clock);
    assert.equal(warnings.length, 1);
    assert.ok(warnings[0] > 3_599_000, `${warnings[0]} ms ahead`);
    // A backlog of real reservations, however long, is waited for: 1,500 slots ahead at 4/s is 375 s.
    const { db: db2, scan: scan2 } = plannedScan();
    const busy = new SharedRequestBudget(db2, scan2.id, 4, { now: () => clock, onSkew: () => assert.fail('a real backlog is not skew') });
    let last = 0;
    for (let i = 0; i < 1500; i++) last = busy.reserve();
    assert.equal(last - clock, 1499 * 250);
    other.close();
    db.close();
    db2.close();
  });

  it('refuses a rate that is not positive, and a scan the database does not have', async () => {
    const { db, scan } = plannedScan();
    assert.throws(() => new SharedRequestBudget(db, scan.id, 0), /positive rate/);
    const missing = new SharedRequestBudget(db, 'no-such-scan', 5);
    await assert.rejects(() => missing.take(), /scan no-such-scan is not in the queue database/);
    db.close();
  });
});
