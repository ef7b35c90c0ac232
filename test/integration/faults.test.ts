import '../helpers/motoTimelineWarnings.js'; // first: see the module
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ScanResult } from '../../src/scan/result.js';
import { seedDemoEstate } from '../../scripts/demo/seed.js';
import { runCli } from '../helpers/cli.js';
import { startMoto, type Moto } from '../helpers/moto.js';
import { recordMotoCoverage } from '../helpers/motoCoverage.js';
import { startProxy, type Fault } from '../helpers/proxy.js';

const json = (type: string, status = 400): Pick<Fault, 'status' | 'body' | 'contentType'> => ({ status, contentType: 'application/x-amz-json-1.1', body: JSON.stringify({ __type: type, message: `injected ${type}` }) });
const xml = (code: string, status: number): Pick<Fault, 'status' | 'body' | 'contentType'> => ({
  status,
  contentType: 'text/xml',
  body: `<Response><Errors><Error><Code>${code}</Code><Message>injected ${code}</Message></Error></Errors><RequestID>f</RequestID></Response>`,
});

/**
 * Seven kinds of fault between the SDK and moto. Each affected unit must be recorded with its
 * state, the rules that needed it must say ERROR (never PASS), everything else must still be
 * reported, transient faults must be retried away, and the exit code must be 3.
 */
const FAULTS: Fault[] = [
  { service: 'logs', operation: 'DescribeLogGroups', ...json('ThrottlingException') }, // persistent throttling
  { service: 'ec2', region: 'us-west-2', operation: 'DescribeSecurityGroups', times: 2, ...xml('ServiceUnavailable', 503) }, // transient 5xx
  { service: 'ecr', operation: 'DescribeRepositories', ...json('AccessDeniedException') }, // denied
  { service: 'eks', path: /^\/clusters/, kind: 'hang' }, // timeout
  { service: 'sns', operation: 'ListTopics', status: 200, contentType: 'text/xml', body: '<<<not xml at all' }, // malformed body
  { service: 'monitoring', kind: 'reset' }, // connection reset
  { service: 'kms', operation: 'ListKeys', ...json('KMSInternalException', 500) }, // persistent 5xx
];

describe('fault injection: the scan finishes, retries what it can, and never reports a false PASS', () => {
  let moto: Moto;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let result: ScanResult;
  let code: number;
  let stderr: string;

  before(async () => {
    moto = await startMoto({ MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' });
    await seedDemoEstate(moto.endpoint);
    proxy = await startProxy(moto.endpoint, FAULTS);
    const out = join(mkdtempSync(join(tmpdir(), 'posture-faults-')), 'out.json');
    const run = await runCli(
      ['scan', '--region', 'us-east-1,us-west-2', '--format', 'json', '--output', out, '--include-pass', '--request-timeout', '3', '--stats', '--services', 'logs,vpc,ecr,eks,sns,cloudwatch,kms,config'],
      { ...moto.env, AWS_ENDPOINT_URL: proxy.endpoint },
    );
    code = run.code;
    stderr = run.stderr;
    result = JSON.parse(readFileSync(out, 'utf8'));
    recordMotoCoverage(result.findings, 'faults');
  });
  after(async () => {
    await proxy?.stop();
    await moto?.stop();
  });

  const unit = (collector: string, region: string) => result.scan.collection.find((c) => c.collector === collector && c.region === region)?.state;

  it('exits 3 and records each failed unit with the state it met', () => {
    assert.equal(code, 3, stderr);
    assert.equal(unit('logs.logGroups', 'us-east-1'), 'throttled');
    assert.equal(unit('ecr.repositories', 'us-east-1'), 'access-denied');
    assert.equal(unit('eks.clusters', 'us-east-1'), 'error');
    assert.equal(unit('sns.topics', 'us-east-1'), 'error');
    assert.equal(unit('cloudwatch.alarms', 'us-west-2'), 'error');
    assert.equal(unit('kms.keys', 'us-east-1'), 'error');
  });

  it('retries a transient fault away: security groups in us-west-2 were read after two 503s', () => {
    assert.equal(unit('ec2.securityGroups', 'us-west-2'), 'ok');
    const sg = result.findings.filter((f) => f.ruleId === 'vpc_security_group_ingress_from_internet_to_port_22' && f.resource.region === 'us-west-2');
    assert.ok(sg.some((f) => f.status === 'FAIL') && sg.some((f) => f.status === 'PASS'));
    assert.match(stderr, /EC2:DescribeSecurityGroups\s+\(2 retries\)/);
  });

  it('--stats gives the wall time of each region and service, the hung and throttled units included', () => {
    const section = (title: string) => stderr.split(`Collection wall time per ${title}`)[1]?.split(/\n(?=\S)/)[0] ?? '';
    for (const region of ['us-east-1', 'us-west-2', 'global']) assert.match(section('region'), new RegExp(`\\d+\\.\\d s {2}${region} {2}\\(\\d+ unit\\(s\\), \\d+\\.\\d s\\)`));
    // The EKS clusters hang until the 3 s request timeout, retried: the service took at least that long.
    const eks = /([\d.]+) s {2}eks {2}\(/.exec(section('service'));
    assert.ok(eks && Number(eks[1]) >= 3, section('service'));
  });

  it('turns every rule that needed a failed unit into ERROR with the reason, never PASS', () => {
    const failedUnits = result.scan.collection.filter((c) => c.state !== 'ok');
    for (const prefix of ['logs_log_group', 'ecr_repository', 'eks_cluster', 'sns_topic', 'cloudwatch_alarm', 'kms_key']) {
      const mine = result.findings.filter((f) => f.ruleId.startsWith(prefix));
      assert.ok(mine.length > 0, `${prefix}: some result`);
      assert.ok(mine.every((f) => f.status === 'ERROR'), `${prefix}: ${JSON.stringify(mine.filter((f) => f.status !== 'ERROR').map((f) => [f.ruleId, f.status]))}`);
      assert.ok(mine.every((f) => failedUnits.some((u) => f.message.includes(u.collector))), `${prefix}: the message names the unit`);
    }
  });

  it('keeps every other result', () => {
    for (const ruleId of ['vpc_default_security_group_restricts_all_traffic', 'config_recorder_enabled_in_region', 'vpc_flow_logs_enabled']) {
      const mine = result.findings.filter((f) => f.ruleId === ruleId);
      assert.ok(mine.some((f) => f.status === 'PASS' || f.status === 'FAIL'), `${ruleId} still decided`);
    }
  });

  it('answered the persistent faults on the wire (retries attempted, not skipped)', () => {
    const throttled = proxy.calls.filter((c) => c.operation === 'DescribeLogGroups' && c.fault);
    assert.ok(throttled.length >= 2, `throttling was retried (${throttled.length} attempts)`);
  });
});

/** The busiest two-second window and the overall rate of requests seen at the proxy. */
function rates(times: number[]): { busiest: number; overall: number } {
  const sorted = [...times].sort((a, b) => a - b);
  let busiest = 0;
  for (let i = 0; i < sorted.length; i++) busiest = Math.max(busiest, sorted.filter((t) => t >= sorted[i] && t < sorted[i] + 2000).length);
  return { busiest, overall: (sorted.length - 1) / ((sorted[sorted.length - 1] - sorted[0]) / 1000) };
}

describe('request limits at the wire', () => {
  let moto: Moto;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  // One moto and proxy for the tests below, which run one after another; each reads only its own calls.
  before(async () => {
    moto = await startMoto();
    proxy = await startProxy(moto.endpoint);
  });
  after(async () => {
    await proxy?.stop();
    await moto?.stop();
  });
  const viaProxy = () => ({ ...moto.env, AWS_ENDPOINT_URL: proxy.endpoint });
  const scan = (...args: string[]) => runCli(['scan', '--region', 'us-east-1', ...args, '--format', 'json', '--output', join(mkdtempSync(join(tmpdir(), 'posture-rps-')), 'o.json')], viaProxy());

  it('--max-rps 5 sends at most 5 requests a second (within 10 %)', async () => {
    proxy.calls.length = 0;
    const run = await scan('--services', 'vpc,ec2', '--max-rps', '5');
    assert.ok([0, 3].includes(run.code), run.stderr);
    assert.ok(proxy.calls.length >= 10, `${proxy.calls.length} requests`);
    // The busiest two-second window may hold at most 5.5 requests a second (the cap plus 10 %).
    const { busiest, overall } = rates(proxy.calls.map((c) => c.at));
    assert.ok(busiest <= 11, `${busiest} requests within two seconds`);
    assert.ok(overall <= 5.5, `observed ${overall.toFixed(2)} requests/s overall`);
  });

  it('requests wait for their turn before they are signed, so a queue of seconds does not age their signatures (AWS refuses one more than five minutes old)', async () => {
    proxy.calls.length = 0;
    // At 2 requests a second, the units that start together queue for several seconds.
    const run = await scan('--services', 'vpc', '--max-rps', '2');
    assert.ok([0, 3].includes(run.code), run.stderr);
    const times = proxy.calls.map((c) => c.at);
    const queued = (Math.max(...times) - Math.min(...times)) / 1000;
    assert.ok(queued >= 4, `the requests were spread over ${queued.toFixed(1)} s`);
    // X-Amz-Date has whole seconds, and the CLI's event loop may be busy (loading an SDK client) when a
    // request is due: up to about 2 s between signing and arrival. Signed before waiting, they reach
    // the length of the queue.
    const ages = proxy.calls.map((c) => c.signedAgo ?? Infinity);
    assert.ok(Math.max(...ages) < 2500, `ages at arrival (ms): ${ages.join(', ')}`);
  });

  it('queue plan --max-rps 5: two workers send at most 5 requests a second between them (within 10 %), both doing work', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'posture-budget-')), 'scan.db');
    const plan = await runCli(['queue', 'plan', '--db', db, '--region', 'us-east-1', '--services', 'vpc,ec2', '--max-rps', '5'], viaProxy());
    assert.equal(plan.code, 0, plan.stderr);
    assert.match(plan.stdout, /all workers together send at most 5 request\(s\)\/s/);
    proxy.calls.length = 0;
    // Neither worker has a cap of its own: only the budget in the database can hold them to 5/s.
    const worker = (id: string) => runCli(['queue', 'work', '--db', db, '--worker-id', id, '--concurrency', '2'], viaProxy());
    const runs = await Promise.all([worker('w1'), worker('w2')]);
    for (const [i, run] of runs.entries()) {
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, new RegExp(`worker w${i + 1}: collected [1-9]\\d* unit`), `each worker collected units: ${run.stdout}`);
    }
    assert.ok(proxy.calls.length >= 20, `${proxy.calls.length} requests`);
    // Two seconds hold 10 slots plus the one at the window's edge; one more for a send that the
    // event loop made late (a worker blocked on the database lock or in GC) joining the next ones.
    const { busiest, overall } = rates(proxy.calls.map((c) => c.at));
    assert.ok(busiest <= 12, `${busiest} requests within two seconds`);
    assert.ok(overall <= 5.5, `observed ${overall.toFixed(2)} requests/s overall`);
    const status = await runCli(['queue', 'status', '--db', db]);
    assert.match(status.stdout, /at most 5 request\(s\)\/s over all workers/);
  });
});
