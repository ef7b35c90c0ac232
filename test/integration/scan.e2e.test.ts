import '../helpers/motoTimelineWarnings.js'; // first: see the module
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readOnlyVerdict } from '../../src/aws/readOnly.js';
import { PRODUCT_SERVICES } from '../../src/core/vocabulary.js';
import type { ScanResult } from '../../src/scan/result.js';
import { seedDemoEstate } from '../../scripts/demo/seed.js';
import { runCli } from '../helpers/cli.js';
import { recordMotoCoverage } from '../helpers/motoCoverage.js';
import { startMoto, type Moto } from '../helpers/moto.js';
import { startProxy, type WireCall } from '../helpers/proxy.js';

const REGIONS = ['us-east-1', 'us-west-2'];
const tmp = mkdtempSync(join(tmpdir(), 'posture-e2e-'));

/** REST APIs carry no operation name; these are the read endpoints posture may POST to. */
const REST_READ_POSTS = [/^\/runtime-versions/, /^\/groups-list/, /^\/get-group-query/, /^\/list-group-resources/, /^\/resources\/.+\/tags/, /^\/canaries$/, /^\/get-group/,
  // Inspector2 BatchGetAccountStatus, ListFindings, ListCoverage; Resource Explorer ListIndexes (REST, all POST).
  /^\/status\/batch\/get$/, /^\/findings\/list$/, /^\/coverage\/list$/, /^\/ListIndexes$/];

function isReadOnlyOnTheWire(c: WireCall): boolean {
  if (c.operation) return readOnlyVerdict(c.operation).allowed;
  if (c.method === 'GET' || c.method === 'HEAD') return true;
  return c.method === 'POST' && REST_READ_POSTS.some((re) => re.test(c.path.split('?')[0]));
}

describe('posture scan end to end against moto', () => {
  let moto: Moto;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let result: ScanResult;
  let code: number;

  before(async () => {
    moto = await startMoto({ MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' });
    await seedDemoEstate(moto.endpoint);
    proxy = await startProxy(moto.endpoint);
    const out = join(tmp, 'out.json');
    const run = await runCli(['scan', ...REGIONS.flatMap((r) => ['--region', r]), '--format', 'json', '--output', out, '--include-pass'], { ...moto.env, AWS_ENDPOINT_URL: proxy.endpoint });
    code = run.code;
    assert.ok([0, 3].includes(code), `unexpected exit ${code}: ${run.stderr}`);
    assert.equal(run.stdout, '', 'with --output, stdout stays clean');
    result = JSON.parse(readFileSync(out, 'utf8'));
    recordMotoCoverage(result.findings, 'scan.e2e');
  });
  after(async () => {
    await proxy?.stop();
    await moto?.stop();
  });

  it('reports failing and passing findings for each of the five services', () => {
    for (const [product, services] of Object.entries(PRODUCT_SERVICES)) {
      const mine = result.findings.filter((f) => services.includes(f.service));
      assert.ok(mine.some((f) => f.status === 'FAIL'), `${product}: no FAIL finding`);
      assert.ok(mine.some((f) => f.status === 'PASS'), `${product}: no PASS finding`);
    }
  });

  it('decides the seeded misconfigurations correctly', () => {
    const find = (ruleId: string, name: string, region = 'us-east-1') =>
      result.findings.find((f) => f.ruleId === ruleId && f.resource.region === region && (f.resource.name === name || f.resource.id === name))?.status;
    assert.equal(find('vpc_security_group_ingress_from_internet_to_port_22', 'bastion'), 'FAIL');
    assert.equal(find('vpc_security_group_ingress_from_internet_to_port_22', 'web'), 'PASS');
    assert.equal(find('vpc_security_group_ingress_from_internet_to_database_ports', 'torchserve'), 'FAIL');
    assert.equal(find('vpc_security_group_ingress_from_internet_to_port_22', 'bastion', 'us-west-2'), 'FAIL');
    const imds = result.findings.filter((f) => f.ruleId === 'ec2_instance_imdsv2_required');
    assert.deepEqual(imds.map((f) => `${f.resource.name}:${f.status}`).sort(), ['api-server:PASS', 'dlc-inference-host:FAIL']);
  });

  it('decides IAM and resource-policy questions by evaluating the seeded policies', () => {
    const status = (ruleId: string, name: string) => result.findings.find((f) => f.ruleId === ruleId && (f.resource.name === name || f.resource.id === name))?.status;
    // Confused deputy: a service trusted without aws:SourceAccount/SourceArn fails; bound ones pass.
    assert.equal(status('iam_role_cross_service_confused_deputy_prevention', 'config-recorder-role'), 'FAIL');
    assert.equal(status('iam_role_cross_service_confused_deputy_prevention', 'sagemaker-execution-role'), 'PASS');
    assert.equal(status('iam_role_cross_service_confused_deputy_prevention', 'ecs-task-execution'), 'PASS');
    assert.equal(status('s3_bucket_policy_service_grants_bound', 'config-history-123456789012'), 'FAIL');
    assert.equal(status('s3_bucket_policy_service_grants_bound', 'org-trail-logs-123456789012'), 'PASS');
    assert.equal(status('logs_resource_policy_service_grants_bound', 'route53-query-logging'), 'FAIL');
    // Public access: open to anyone fails; `*` restricted to the organization does not.
    assert.equal(status('sns_topic_policy_not_public', 'config-stream'), 'FAIL');
    assert.equal(status('sns_topic_policy_not_public', 'security-alerts'), 'PASS');
    assert.equal(status('ecr_repository_policy_not_public', 'ml/pytorch-inference'), 'FAIL');
    assert.equal(status('s3_bucket_policy_not_public', 'canary-artifacts-123456789012'), 'PASS');
    // Administrative access.
    assert.equal(status('iam_role_no_administrator_access_policy', 'ops-break-glass'), 'FAIL');
    assert.equal(status('iam_role_no_administrator_access_policy', 'sagemaker-execution-role'), 'PASS');
    assert.equal(status('iam_policy_no_administrative_privileges', 'legacy-everything'), 'FAIL');
    assert.equal(status('iam_policy_no_administrative_privileges', 'read-logs'), 'PASS');
  });

  it('issued only read-only AWS operations, as seen on the wire', () => {
    assert.ok(proxy.calls.length > 20, `only ${proxy.calls.length} calls seen`);
    const writes = proxy.calls.filter((c) => !isReadOnlyOnTheWire(c));
    assert.deepEqual(writes, [], 'non-read-only requests reached the endpoint');
  });

  it('records a collection status for every unit', () => {
    assert.deepEqual(result.scan.regions, REGIONS);
    assert.ok(result.scan.collection.length > 0);
    for (const s of result.scan.collection) assert.ok(['ok', 'access-denied', 'throttled', 'error', 'opted-out', 'unsupported'].includes(s.state));
    assert.equal(code, result.scan.complete && !result.findings.some((f) => f.status === 'ERROR') ? 0 : 3);
  });

  it('turns a denied service in one region into ERROR findings and exit 3, keeping the other region', async () => {
    const denied = await startProxy(moto.endpoint, [
      {
        service: 'ec2',
        region: 'us-west-2',
        status: 403,
        contentType: 'text/xml',
        body: '<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to perform this operation.</Message></Error></Errors><RequestID>x</RequestID></Response>',
      },
    ]);
    try {
      const out = join(tmp, 'denied.json');
      const run = await runCli(['scan', '--region', 'us-east-1,us-west-2', '--services', 'vpc,ec2', '--format', 'json', '--output', out, '--include-pass'], { ...moto.env, AWS_ENDPOINT_URL: denied.endpoint });
      assert.equal(run.code, 3, run.stderr);
      const r: ScanResult = JSON.parse(readFileSync(out, 'utf8'));
      const west = r.findings.filter((f) => f.resource.region === 'us-west-2');
      const east = r.findings.filter((f) => f.resource.region === 'us-east-1');
      assert.ok(west.length > 0 && west.every((f) => f.status === 'ERROR'), 'every us-west-2 finding is ERROR, never PASS');
      assert.ok(west.some((f) => /access-denied/.test(f.message)), 'the reason is given');
      assert.ok(east.some((f) => f.status === 'FAIL') && east.some((f) => f.status === 'PASS'), 'us-east-1 is still reported');
      assert.ok(r.scan.collection.some((s) => s.region === 'us-west-2' && s.state === 'access-denied'));
    } finally {
      await denied.stop();
    }
  });
});

describe('bad input', () => {
  it('a malformed --inventory gives a one-line error naming the problem and exit 2', async () => {
    const bad = join(tmp, 'bad.json');
    const good = JSON.parse(readFileSync(new URL('../../demo/inventory.json', import.meta.url), 'utf8'));
    good.resources[0].tags = 'not-a-map';
    writeFileSync(bad, JSON.stringify(good));
    const run = await runCli(['scan', '--inventory', bad]);
    assert.equal(run.code, 2);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0], /resources\[0\]\.tags/);
    assert.equal(run.stdout, '');
  });
  it('a file that is not JSON names the file', async () => {
    const bad = join(tmp, 'notjson.json');
    writeFileSync(bad, '{"format": ');
    const run = await runCli(['scan', '--inventory', bad]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /notjson\.json: not valid JSON/);
  });
  it('an unknown flag value is a usage error, exit 2', async () => {
    const run = await runCli(['scan', '--inventory', 'demo/inventory.json', '--fail-on', 'urgent']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--fail-on urgent/);
  });
});
