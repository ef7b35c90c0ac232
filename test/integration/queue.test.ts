import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import * as CloudTrail from '@aws-sdk/client-cloudtrail';
import * as EC2 from '@aws-sdk/client-ec2';
import * as Organizations from '@aws-sdk/client-organizations';
import * as S3 from '@aws-sdk/client-s3';
import * as STS from '@aws-sdk/client-sts';
import type { SavedInventory } from '../../src/inventory/schema.js';
import type { ScanResult } from '../../src/scan/result.js';
import { runCli, type CliRun } from '../helpers/cli.js';
import { motoClientConfig, startMoto, type Moto } from '../helpers/moto.js';
import { recordMotoCoverage } from '../helpers/motoCoverage.js';

const ROLE = 'OrganizationAccountAccessRole';
const MANAGEMENT = '123456789012';
const REGIONS = 'us-east-1,us-west-2';
// The SSH rule needs the network collectors; the S3 rule needs s3.deliveryBuckets, which reads what the
// Config, CloudTrail and Synthetics collectors found in the same account: the queue must order them.
const SSH = 'vpc_security_group_ingress_from_internet_to_port_22';
const RULES = `${SSH},s3_bucket_default_encryption`;
const TRAIL_BUCKET = 'org-trail-logs';

async function assumed(moto: Moto, account: string) {
  const sts = new STS.STSClient(motoClientConfig(moto));
  const c = (await sts.send(new STS.AssumeRoleCommand({ RoleArn: `arn:aws:iam::${account}:role/${ROLE}`, RoleSessionName: 'seed' }))).Credentials!;
  return { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken };
}

async function openSsh(moto: Moto, account: string, region: string, name: string): Promise<void> {
  const ec2 = new EC2.EC2Client({ ...motoClientConfig(moto, region), credentials: await assumed(moto, account) });
  const vpc = (await ec2.send(new EC2.CreateVpcCommand({ CidrBlock: '10.9.0.0/16' }))).Vpc!;
  const sg = (await ec2.send(new EC2.CreateSecurityGroupCommand({ GroupName: name, Description: name, VpcId: vpc.VpcId! }))).GroupId!;
  await ec2.send(new EC2.AuthorizeSecurityGroupIngressCommand({ GroupId: sg, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }));
}

async function trailToBucket(moto: Moto, account: string): Promise<void> {
  const credentials = await assumed(moto, account);
  await new S3.S3Client({ ...motoClientConfig(moto), credentials }).send(new S3.CreateBucketCommand({ Bucket: TRAIL_BUCKET }));
  await new CloudTrail.CloudTrailClient({ ...motoClientConfig(moto), credentials }).send(new CloudTrail.CreateTrailCommand({ Name: 'org-trail', S3BucketName: TRAIL_BUCKET }));
}

/**
 * A proxy that holds every request until released. While it holds, no unit can finish, so both
 * workers are seen holding claims before any work is done: each is certain to get a share.
 */
async function startGate(target: string): Promise<{ endpoint: string; release(): void; stop(): Promise<void> }> {
  const upstream = new URL(target);
  let open = false;
  const held: Array<() => void> = [];
  const server: Server = createServer((req, res) => {
    const forward = () => {
      const fwd = request({ hostname: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      fwd.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      req.pipe(fwd);
    };
    if (open) forward();
    else held.push(forward);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    release() {
      open = true;
      for (const f of held.splice(0)) f();
    },
    stop: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

function findingSet(r: ScanResult): string[] {
  return r.findings.map((f) => `${f.id} ${f.status}`).sort();
}

describe('queue: two worker processes share one organization scan', () => {
  let moto: Moto;
  let gate: Awaited<ReturnType<typeof startGate>>;
  let members: string[];
  let dir: string;
  let db: string;
  let workers: CliRun[];
  let unfinishedExport: CliRun;
  let queued: ScanResult;
  let single: ScanResult;
  let inventory: SavedInventory;
  let status: CliRun;

  before(async () => {
    moto = await startMoto();
    const org = new Organizations.OrganizationsClient(motoClientConfig(moto));
    await org.send(new Organizations.CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    members = [];
    for (const name of ['ml-dev', 'ml-prod', 'ml-logs'])
      members.push((await org.send(new Organizations.CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }))).CreateAccountStatus!.AccountId!);
    await openSsh(moto, members[0], 'us-east-1', 'dev-bastion');
    await openSsh(moto, members[1], 'us-west-2', 'prod-bastion');
    await trailToBucket(moto, members[2]);

    dir = mkdtempSync(join(tmpdir(), 'posture-queue-'));
    db = join(dir, 'scan.db');
    const target = ['--org', '--role-name', ROLE, '--exclude-accounts', MANAGEMENT, '--region', REGIONS, '--rules', RULES];
    // The one-process scan of the same targets goes straight to moto, alongside the queued one.
    const singleOut = join(dir, 'single.json');
    const singleRun = runCli(['scan', ...target, '--format', 'json', '--include-pass', '--output', singleOut], moto.env);
    const plan = await runCli(['queue', 'plan', '--db', db, ...target], moto.env);
    assert.equal(plan.code, 0, plan.stderr);
    assert.match(plan.stdout, /Planned scan \S+ in .*: \d+ unit\(s\) = 3 account\(s\) × 2 region\(s\)/);

    gate = await startGate(moto.endpoint);
    const viaGate = { ...moto.env, AWS_ENDPOINT_URL: gate.endpoint };
    const worker = (id: string) => runCli(['queue', 'work', '--db', db, '--worker-id', id, '--concurrency', '3', '--request-timeout', '120'], viaGate);
    const running = Promise.all([worker('w1'), worker('w2')]);
    try {
      await bothHoldClaims(db, ['w1', 'w2']);
      unfinishedExport = await runCli(['queue', 'export', '--db', db, '--output', join(dir, 'early.json')]);
    } finally {
      gate.release();
    }
    workers = await running;

    const exported = join(dir, 'inventory.json');
    const queuedOut = join(dir, 'queued.json');
    const evaluate = async () => {
      const exp = await runCli(['queue', 'export', '--db', db, '--output', exported]);
      assert.equal(exp.code, 0, exp.stderr);
      assert.match(exp.stdout, new RegExp(`evaluate it with: posture scan --inventory \\S+ --rules ${RULES}`));
      return runCli(['scan', '--inventory', exported, '--rules', RULES, '--format', 'json', '--include-pass', '--output', queuedOut]);
    };
    let evaluated: CliRun;
    [evaluated, status] = await Promise.all([evaluate(), runCli(['queue', 'status', '--db', db, '--format', 'json'])]);
    assert.ok([0, 3].includes(evaluated.code), evaluated.stderr);
    inventory = JSON.parse(readFileSync(exported, 'utf8'));
    queued = JSON.parse(readFileSync(queuedOut, 'utf8'));
    const s = await singleRun;
    assert.ok([0, 3].includes(s.code), s.stderr);
    single = JSON.parse(readFileSync(singleOut, 'utf8'));
  });
  after(async () => {
    await gate?.stop();
    await moto?.stop();
  });

  it('both workers took units, and every unit was collected exactly once', () => {
    for (const w of workers) assert.equal(w.code, 0, w.stderr);
    const collected = workers.map((w) => Number(/collected (\d+) unit\(s\)/.exec(w.stdout)?.[1]));
    const q = new Database(db, { readonly: true });
    const units = q.prepare('SELECT account, region, collector, state, claimed_by, attempts FROM units').all() as Array<{ state: string; claimed_by: string; attempts: number }>;
    const byWorker = q.prepare('SELECT claimed_by AS w, count(*) AS n FROM units GROUP BY claimed_by ORDER BY claimed_by').all();
    q.close();
    assert.equal(units.length, 3 * (2 * 10 + 1), 'ten regional collectors in two regions and one global, per account');
    assert.ok(collected.every((n) => n > 0), `units per worker: ${collected.join(', ')}`);
    assert.equal(collected[0] + collected[1], units.length, 'the workers together stored each unit once');
    assert.deepEqual(byWorker, [{ w: 'w1', n: collected[0] }, { w: 'w2', n: collected[1] }]);
    assert.ok(units.every((u) => u.attempts === 1 && ['done', 'failed'].includes(u.state)), 'one claim per unit, all finished');
  });

  it('refused to export while units were still held, naming what is left', () => {
    assert.equal(unfinishedExport.code, 2);
    assert.match(unfinishedExport.stderr, /scan \S+ is not finished: \d+ unit\(s\) pending, \d+ being collected, of \d+; run `posture queue work --db /);
  });

  it('evaluates to the same findings as a one-process scan of the same targets', () => {
    assert.ok(single.findings.length >= 8, `${single.findings.length} findings`);
    assert.deepEqual(findingSet(queued), findingSet(single));
    const units = (c: SavedInventory['collections']) => c.map((u) => `${u.account}/${u.region}/${u.collector} ${u.state}`).sort();
    assert.deepEqual(units(queued.scan.collection), units(single.scan.collection));
    assert.deepEqual([...queued.scan.accounts].sort(), [...single.scan.accounts].sort());
    recordMotoCoverage(queued.findings, 'queue.test.ts');
  });

  it('keeps each account’s results its own, including what a dependent collector read', () => {
    assert.deepEqual([...inventory.accounts].sort(), [...members].sort());
    const fails = (rule: string, account: string) => queued.findings.filter((f) => f.ruleId === rule && f.resource.account === account && f.status === 'FAIL').map((f) => `${f.resource.region} ${f.resource.name}`);
    assert.deepEqual(fails(SSH, members[0]), ['us-east-1 dev-bastion']);
    assert.deepEqual(fails(SSH, members[1]), ['us-west-2 prod-bastion']);
    assert.deepEqual(fails(SSH, members[2]), []);
    // s3.deliveryBuckets ran after cloudtrail.trails and read the trail's bucket of its own account only.
    const buckets = inventory.resources.filter((r) => r.type === 'AWS::S3::Bucket').map((r) => `${r.account} ${r.id}`);
    assert.deepEqual(buckets, [`${members[2]} ${TRAIL_BUCKET}`]);
    assert.ok(queued.findings.some((f) => f.ruleId.startsWith('s3_') && f.resource.account === members[2] && f.resource.name === TRAIL_BUCKET));
  });

  it('status reports the finished scan per worker', () => {
    assert.equal(status.code, 0, status.stderr);
    const s = JSON.parse(status.stdout) as { units: { total: number; pending: number; claimed: number }; workers: Array<{ worker: string }>; scan: { plan: Record<string, unknown> } };
    assert.equal(s.units.pending + s.units.claimed, 0);
    assert.deepEqual([...new Set(s.workers.map((w) => w.worker))], ['w1', 'w2']);
    assert.ok(!/secret|AccessKey|sessionToken/i.test(JSON.stringify(s.scan.plan)), 'the plan holds no credentials');
  });
});

/** Waits until each worker holds a claim (read from the database, as an operator would see it). */
async function bothHoldClaims(file: string, ids: string[]): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const q = new Database(file, { readonly: true, timeout: 10_000 });
    const holding = (q.prepare("SELECT DISTINCT claimed_by AS w FROM units WHERE state = 'claimed'").all() as Array<{ w: string }>).map((r) => r.w);
    q.close();
    if (ids.every((id) => holding.includes(id))) return;
    if (Date.now() > deadline) throw new Error(`workers holding claims: ${holding.join(', ') || 'none'}`);
    await sleep(100);
  }
}
