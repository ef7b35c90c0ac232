import '../helpers/motoTimelineWarnings.js'; // first: see the module
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PRODUCT_SERVICES } from '../../src/core/vocabulary.js';
import type { Finding } from '../../src/engine/findings.js';
import { COLLECTORS } from '../../src/collectors/index.js';
import { RULES } from '../../src/rules/index.js';
import { exitCodeFor } from '../../src/scan/exitCode.js';
import type { ScanResult } from '../../src/scan/result.js';
import { runScan } from '../../src/scan/runScan.js';
import { runCli } from '../helpers/cli.js';
import { startMoto, type Moto } from '../helpers/moto.js';
import { recordMotoCoverage } from '../helpers/motoCoverage.js';
import { startProxy, type Fault } from '../helpers/proxy.js';
import { seedBulk, seedRuleEstate } from '../helpers/ruleEstateSeed.js';

/**
 * Issue #3: on a large seeded account, denying every API of one product must never yield a false
 * PASS. One saved moto estate is scanned once as the baseline and once per product with all of that
 * product's operations answered AccessDenied by the fault proxy (one of the five through the CLI).
 */
const REGION = 'us-east-1';
const AS_OF = '2026-11-24';
const BULK_COPIES = 24;

/** Per product: the SigV4 signing names of its APIs, and the collectors that read them. */
const PRODUCTS: Record<string, { signing: string[]; collectors: string[] }> = {
  'Amazon CloudWatch': { signing: ['monitoring', 'logs', 'synthetics'], collectors: ['cloudwatch.', 'logs.', 'synthetics.'] },
  'Amazon VPC': { signing: ['ec2'], collectors: ['ec2.'] },
  'AWS Config': { signing: ['config'], collectors: ['config.'] },
  'AWS Resource Groups': { signing: ['resource-groups', 'tagging'], collectors: ['resourceGroups.', 'tagging.'] },
  'AWS Deep Learning Containers': { signing: ['ecr', 'ecs', 'eks', 'sagemaker'], collectors: ['ecr.', 'ecs.', 'eks.', 'sagemaker.'] },
};
const VIA_CLI = 'Amazon VPC';

/** Collectors named after a product that read another API. */
const OTHER_API: Record<string, string> = { 'synthetics.canaryFunctions': 'reads Lambda GetFunctionConfiguration' };
/** Collectors that keep a denial per item ({ok:false} fields), so their unit stays ok. */
const PER_ITEM: Record<string, string> = { 'ec2.accountSettings': 'each account setting is read on its own' };

/**
 * Deviations from "ERROR where data is missing" that this test found and that are reported for a
 * fix outside this file. Each must still reproduce, so the entry goes when the code is fixed.
 */
const KNOWN_DEVIATIONS: Record<string, string[]> = {
  'Amazon CloudWatch': [],
  'Amazon VPC': [],
  'AWS Config': [],
  'AWS Resource Groups': [],
  'AWS Deep Learning Containers': [],
};

/** AccessDenied as each protocol spells it: EC2's query XML, JSON (`__type`) for the others. */
function denyAll(signing: string[]): Fault[] {
  return signing.map((service) =>
    service === 'ec2'
      ? { service, status: 403, contentType: 'text/xml', body: '<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to perform this operation.</Message></Error></Errors><RequestID>denied</RequestID></Response>' }
      : { service, status: 403, contentType: 'application/x-amz-json-1.1', headers: { 'x-amzn-errortype': 'AccessDeniedException' }, body: JSON.stringify({ __type: 'AccessDeniedException', message: `User is not authorized to perform ${service} actions` }) },
  );
}

const key = (f: Finding) => `${f.ruleId}\u0000${f.id}`;
const statuses = (r: ScanResult) => new Map(r.findings.map((f) => [key(f), f.status]));
const unitState = (r: ScanResult) => new Map(r.scan.collection.map((c) => [`${c.region}/${c.collector}`, c.state]));

/** The product's own collectors, and those reading their output (dependsOn, transitively). */
function reachOf(prefixes: string[]): Set<string> {
  const reach = new Set(COLLECTORS.filter((c) => prefixes.some((p) => c.id.startsWith(p)) && !OTHER_API[c.id]).map((c) => c.id));
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of COLLECTORS) if (!reach.has(c.id) && (c.dependsOn ?? []).some((d) => reach.has(d))) reach.add(c.id), (grew = true);
  }
  return reach;
}

describe('a large account with one product denied at a time: ERROR where data is missing, never a false PASS', () => {
  let moto: Moto;
  let baseline: ScanResult;
  const denied = new Map<string, { result: ScanResult; code: number }>();

  before(async () => {
    moto = await startMoto();
    moto.useEnv();
    await seedRuleEstate(moto);
    await seedBulk(moto, BULK_COPIES);
    const scan = () => runScan({ regions: [REGION], includePass: true, asOf: new Date(`${AS_OF}T00:00:00Z`) });
    baseline = (await scan()).result;
    recordMotoCoverage(baseline.findings, 'denied.baseline');
    for (const [product, { signing }] of Object.entries(PRODUCTS)) {
      const proxy = await startProxy(moto.endpoint, denyAll(signing));
      try {
        if (product === VIA_CLI) {
          const out = join(mkdtempSync(join(tmpdir(), 'posture-denied-')), 'out.json');
          const run = await runCli(['scan', '--region', REGION, '--as-of', AS_OF, '--include-pass', '--format', 'json', '--output', out], { ...moto.env, AWS_ENDPOINT_URL: proxy.endpoint });
          denied.set(product, { result: JSON.parse(readFileSync(out, 'utf8')), code: run.code });
        } else {
          process.env.AWS_ENDPOINT_URL = proxy.endpoint;
          const { result } = await scan();
          denied.set(product, { result, code: exitCodeFor(result) });
        }
      } finally {
        process.env.AWS_ENDPOINT_URL = moto.endpoint;
        await proxy.stop();
      }
    }
  });
  after(async () => moto?.stop());

  it('covers the five products on an estate of hundreds of resources', () => {
    assert.deepEqual(Object.keys(PRODUCTS).sort(), Object.keys(PRODUCT_SERVICES).sort());
    const collected = baseline.scan.collection.reduce((n, c) => n + c.resources, 0);
    assert.ok(collected >= 300, `${collected} resources collected`);
    for (const [product, { collectors }] of Object.entries(PRODUCTS)) {
      const read = baseline.scan.collection.filter((c) => c.state === 'ok' && c.resources > 0 && collectors.some((p) => c.collector.startsWith(p)));
      assert.ok(read.length >= 2, `${product}: the baseline read resources from only ${read.length} of its units`);
    }
    assert.ok(baseline.findings.filter((f) => f.status === 'PASS').length > 100 && baseline.findings.filter((f) => f.status === 'FAIL').length > 100);
  });

  for (const [product, { collectors }] of Object.entries(PRODUCTS)) {
    describe(`${product} denied${product === VIA_CLI ? ' (through the CLI)' : ''}`, () => {
      const run = () => denied.get(product)!;
      const reach = reachOf(collectors);
      const needs = RULES.filter((r) => r.requires.some((id) => reach.has(id)));
      const touches = RULES.filter((r) => !needs.includes(r) && (r.uses ?? []).some((id) => reach.has(id)));
      const independent = RULES.filter((r) => !needs.includes(r) && !touches.includes(r));

      it("exits 3 and records the units of the product, and those reading them, as access-denied; no other unit changes", () => {
        assert.equal(run().code, 3);
        const after = unitState(run().result);
        const changed: string[] = [];
        for (const c of baseline.scan.collection.filter((u) => u.state === 'ok')) {
          const expected = reach.has(c.collector) && !PER_ITEM[c.collector] ? 'access-denied' : 'ok';
          const got = after.get(`${c.region}/${c.collector}`);
          if (got !== expected) changed.push(`${c.region}/${c.collector}: ${got}, expected ${expected}`);
        }
        assert.deepEqual(changed, []);
        assert.ok(run().result.scan.collection.some((c) => c.state === 'access-denied' && collectors.some((p) => c.collector.startsWith(p))));
      });

      it('reports only ERROR, for the account and region, from every rule that requires a unit of the product', () => {
        assert.ok(needs.length > 0);
        for (const rule of needs) {
          const mine = run().result.findings.filter((f) => f.ruleId === rule.id);
          assert.deepEqual(mine.filter((f) => f.status !== 'ERROR').map((f) => `${f.status} ${f.resource.id}`), [], `${rule.id} decided without its data`);
          assert.ok(mine.some((f) => f.resource.account === baseline.scan.accounts[0] && [REGION, 'global'].includes(f.resource.region)), `${rule.id}: no ERROR for the account and region`);
        }
      });

      it('lets a rule that only uses a unit of the product say ERROR or what it said before, and nothing else', () => {
        const before = statuses(baseline);
        const after = statuses(run().result);
        const deviations: string[] = [];
        for (const rule of touches) {
          const mine = run().result.findings.filter((f) => f.ruleId === rule.id);
          const decided = mine.filter((f) => f.status !== 'ERROR');
          const flipped = decided.find((f) => before.has(key(f)) && before.get(key(f)) !== f.status);
          if (flipped) deviations.push(`${rule.id}: ${flipped.status} where the baseline said ${before.get(key(flipped))}`);
          if (decided.some((f) => !before.has(key(f)))) deviations.push(`${rule.id}: a finding the baseline did not have`);
          const vanished = [...before].filter(([k, s]) => k.startsWith(`${rule.id}\u0000`) && s !== 'ERROR' && !after.has(k));
          if (vanished.length && !mine.some((f) => f.status === 'ERROR')) deviations.push(`${rule.id}: findings vanished without an ERROR`);
        }
        assert.deepEqual(deviations.sort(), [...KNOWN_DEVIATIONS[product]].sort());
      });

      it('leaves every rule independent of the product exactly as in the baseline', () => {
        const ids = new Set(independent.map((r) => r.id));
        const pick = (r: ScanResult) => [...statuses(r)].filter(([k]) => ids.has(k.split('\u0000')[0])).map(([k, s]) => `${k.replace('\u0000', ' ')} ${s}`).sort();
        const expected = pick(baseline);
        assert.ok(expected.length > 50, `${expected.length} independent findings`);
        assert.deepEqual(pick(run().result), expected);
      });

      it('has no PASS that the baseline did not have', () => {
        const before = statuses(baseline);
        assert.deepEqual(run().result.findings.filter((f) => f.status === 'PASS' && before.get(key(f)) !== 'PASS').map((f) => `${f.ruleId} ${f.resource.id}`), []);
      });
    });
  }
});
