import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { assemble } from '../../../src/queue/assemble.js';
import { openQueue, type QueueDb } from '../../../src/queue/db.js';
import { readScan, writePlan, type ScanPlan } from '../../../src/queue/plan.js';
import { claim, complete, finishedResources, renewClaims, unitCounts, type ClaimedUnit } from '../../../src/queue/units.js';
import type { CollectionStatus, Resource } from '../../../src/inventory/schema.js';

const LEASE = { leaseMs: 60_000, maxAttempts: 3 };
const A = '111111111111';
const B = '222222222222';

function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'posture-queue-')), 'q.db');
}

function plan(collectors: string[], accounts = [A, B], regions = ['us-east-1', 'eu-west-1']): ScanPlan {
  return { targets: accounts.map((account) => ({ account, roleArn: `arn:aws:iam::${account}:role/Audit` })), regions, collectors, apiRegion: regions[0], selection: {} };
}

function result(u: ClaimedUnit, state: CollectionStatus['state'] = 'ok', resources: Resource[] = []) {
  return { status: { account: u.account, region: u.region, collector: u.collector, state, resources: resources.length, durationMs: 1 }, resources };
}

function claimAll(db: QueueDb, scanId: string, worker: string, now?: number): ClaimedUnit[] {
  const out: ClaimedUnit[] = [];
  for (let u = claim(db, scanId, worker, { ...LEASE, now }); u; u = claim(db, scanId, worker, { ...LEASE, now })) out.push(u);
  return out;
}

const DEPS = ['config.deliveryChannels', 'cloudtrail.trails', 'synthetics.canaries'];

describe('queue claims', () => {
  it('holds a dependent unit back until every unit it reads in the same account has finished', () => {
    const db = openQueue(tempDb(), { create: true });
    const scan = writePlan(db, plan([...DEPS, 's3.deliveryBuckets']));
    assert.equal(scan.units, 2 * (3 * 2 + 1));
    const first = claimAll(db, scan.id, 'w1');
    assert.equal(first.length, 12);
    assert.ok(first.every((u) => u.collector !== 's3.deliveryBuckets'), 'no dependent unit before its inputs');

    // Account A's inputs finish (one of them unreadable: failed still counts as finished); B's do not.
    const trail = { type: 'AWS::CloudTrail::Trail', id: 't', account: A, region: 'us-east-1', tags: {}, s3BucketName: 'trail-bucket' } as unknown as Resource;
    for (const u of first.filter((x) => x.account === A)) {
      const failed = u.collector === 'synthetics.canaries' && u.region === 'eu-west-1';
      const found = u.collector === 'cloudtrail.trails' && u.region === 'us-east-1' ? [trail] : [];
      assert.ok(complete(db, u, 'w1', result(u, failed ? 'access-denied' : 'ok', found)));
    }
    const next = claimAll(db, scan.id, 'w2');
    assert.deepEqual(next.map((u) => [u.account, u.region, u.collector]), [[A, 'global', 's3.deliveryBuckets']]);
    // The dependent reads what its inputs stored for its own account only.
    assert.deepEqual(finishedResources(db, scan.id, A, DEPS).map((r) => r.id), ['t']);
    assert.deepEqual(finishedResources(db, scan.id, B, DEPS), []);

    for (const u of first.filter((x) => x.account === B)) complete(db, u, 'w1', result(u));
    assert.deepEqual(claimAll(db, scan.id, 'w2').map((u) => [u.account, u.collector]), [[B, 's3.deliveryBuckets']]);
    db.close();
  });

  it('gives a unit whose lease expired to another worker, and refuses the first worker’s late result', () => {
    const db = openQueue(tempDb(), { create: true });
    const scan = writePlan(db, plan(['ec2.vpcs'], [A], ['us-east-1']));
    const t0 = 1_000_000;
    const u1 = claim(db, scan.id, 'dead', { ...LEASE, now: t0 })!;
    assert.equal(u1.attempt, 1);
    assert.equal(claim(db, scan.id, 'w2', { ...LEASE, now: t0 + LEASE.leaseMs - 1 }), undefined, 'a live lease is not taken');
    const u2 = claim(db, scan.id, 'w2', { ...LEASE, now: t0 + LEASE.leaseMs + 1 })!;
    assert.deepEqual([u2.account, u2.region, u2.collector, u2.attempt], [A, 'us-east-1', 'ec2.vpcs', 2]);
    assert.equal(complete(db, u1, 'dead', result(u1)), false, 'the stale claim cannot complete');
    assert.equal(complete(db, u2, 'w2', result(u2)), true);
    assert.deepEqual(unitCounts(db, scan.id), { pending: 0, claimed: 0, done: 1, failed: 0, total: 1 });
    db.close();
  });

  it('renewing a claim keeps it from being taken over', () => {
    const db = openQueue(tempDb(), { create: true });
    const scan = writePlan(db, plan(['ec2.vpcs'], [A], ['us-east-1']));
    const t0 = 1_000_000;
    claim(db, scan.id, 'slow', { ...LEASE, now: t0 });
    renewClaims(db, scan.id, 'slow', t0 + LEASE.leaseMs - 10);
    assert.equal(claim(db, scan.id, 'w2', { ...LEASE, now: t0 + LEASE.leaseMs + 10 }), undefined);
    db.close();
  });

  it('records a unit as failed after its claims expired maxAttempts times, so the scan can finish', () => {
    const db = openQueue(tempDb(), { create: true });
    const scan = writePlan(db, plan(['ec2.vpcs'], [A], ['us-east-1']));
    let now = 0;
    for (let i = 1; i <= LEASE.maxAttempts; i++) {
      now += LEASE.leaseMs + 1;
      assert.equal(claim(db, scan.id, `w${i}`, { ...LEASE, now })?.attempt, i);
    }
    now += LEASE.leaseMs + 1;
    assert.equal(claim(db, scan.id, 'w9', { ...LEASE, now }), undefined);
    assert.deepEqual(unitCounts(db, scan.id), { pending: 0, claimed: 0, done: 0, failed: 1, total: 1 });
    const inv = assemble(db, 'q.db', readScan(db, 'q.db'));
    assert.equal(inv.collections[0].state, 'error');
    assert.match(inv.collections[0].message ?? '', /abandoned: 3 claim/);
    db.close();
  });

  it('two processes on their own connections never take the same unit', async () => {
    const file = tempDb();
    const db = openQueue(file, { create: true });
    const accounts = Array.from({ length: 40 }, (_, i) => String(100000000000 + i));
    const scan = writePlan(db, plan(['ec2.vpcs', 'ec2.subnets', 'ec2.securityGroups'], accounts, ['us-east-1', 'us-west-2', 'eu-west-1']));
    db.close();
    const claimer = fileURLToPath(new URL('./claimer.ts', import.meta.url));
    const startAt = String(Date.now() + 1500);
    const run = (id: string) => promisify(execFile)(process.execPath, ['--import', 'tsx', claimer, file, scan.id, id, startAt]);
    const [a, b] = await Promise.all([run('p1'), run('p2')]);
    const got = [JSON.parse(a.stdout) as string[], JSON.parse(b.stdout) as string[]];
    const all = got.flat();
    assert.equal(all.length, scan.units);
    assert.equal(new Set(all).size, scan.units, 'no unit claimed twice');
    const check = new Database(file, { readonly: true });
    assert.deepEqual(check.prepare("SELECT DISTINCT state, attempts FROM units").all(), [{ state: 'done', attempts: 1 }]);
    check.close();
  });
});

describe('queue database', () => {
  it('refuses a missing file, a foreign SQLite file, another schema version and an unknown scan', () => {
    const missing = tempDb();
    assert.throws(() => openQueue(missing), /no queue database at .*posture queue plan/);

    const foreign = tempDb();
    const other = new Database(foreign);
    other.exec('CREATE TABLE t (x)');
    other.close();
    assert.throws(() => openQueue(foreign, { create: true }), /not a posture queue database/);

    const older = tempDb();
    openQueue(older, { create: true }).close();
    const raw = new Database(older);
    raw.pragma('user_version = 99');
    raw.close();
    assert.throws(() => openQueue(older), /queue schema version 99, this posture reads version 2/);

    const garbage = tempDb();
    writeFileSync(garbage, 'not sqlite at all, just text long enough to look like a header........................................');
    assert.throws(() => openQueue(garbage), /not a usable queue database/);

    const file = tempDb();
    const db = openQueue(file, { create: true });
    assert.throws(() => readScan(db, file), /no scan planned/);
    writePlan(db, plan(['ec2.vpcs']));
    assert.throws(() => readScan(db, file, 'nope'), /no scan "nope" \(it has \d{8}T\d{6}Z-[0-9a-f]{6}\)/);
    db.close();
  });

  it('will not assemble a scan with units left', () => {
    const file = tempDb();
    const db = openQueue(file, { create: true });
    const scan = writePlan(db, plan(['ec2.vpcs']));
    claim(db, scan.id, 'w', LEASE);
    assert.throws(() => assemble(db, file, readScan(db, file)), /not finished: 3 unit\(s\) pending, 1 being collected, of 4/);
    db.close();
  });
});
