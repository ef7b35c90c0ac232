/**
 * Evaluation benchmark: a synthetic inventory of 1,000,000 resources across many types. Prints the
 * time to load it (read, parse, validate, index), the time to evaluate every rule over it, their
 * ratio (target < 1), and peak RSS (target < 4 GB).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { COLLECTORS, COLLECTORS_BY_ID } from '../src/collectors/index.js';
import { loadDlcKnowledge } from '../src/dlc/data.js';
import { evaluateCounted } from '../src/engine/evaluate.js';
import { loadInventoryFile } from '../src/inventory/file.js';
import { INVENTORY_FORMAT, INVENTORY_VERSION } from '../src/inventory/schema.js';
import { RULES } from '../src/rules/index.js';
import { syntheticNetwork } from './network.js';

const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'];

export function syntheticEstate(total: number): string {
  const account = '111122223333';
  const net = syntheticNetwork({ enis: Math.floor(total * 0.3), groups: Math.floor(total * 0.1), subnets: 4000, nacls: 2000, vpcs: 200 });
  const parts: string[] = [];
  for (const r of net.resources as Array<Record<string, unknown>>) parts.push(JSON.stringify(r));
  let n = parts.length;
  const base = (type: string, id: string, i: number) => ({ type, id, name: id, account, region: REGIONS[i % REGIONS.length], tags: i % 5 === 0 ? { owner: 'team', api_token: i % 50 === 0 ? 'ghp_' + 'x'.repeat(36) : 'n/a' } : {} });
  // What every region of a scanned account has beside the bulk (so rules judge instead of reporting
  // data the estate lacks): the AMI the instances run, the SNS topic alarms notify and the KMS key
  // log groups use. Amazon Inspector's per-region record, which lists the instances it covers, comes last.
  REGIONS.forEach((region, r) => {
    const regional = (type: string, id: string) => ({ ...base(type, id, r), region });
    parts.push(JSON.stringify({ ...regional('AWS::EC2::Image', 'ami-1'), image: { ok: true, value: { name: 'al2023-ami', ownerId: '137112412989', ownerAlias: 'amazon', creationDate: '2026-11-01T00:00:00.000Z', state: 'available' } } }));
    parts.push(JSON.stringify({ ...regional('AWS::SNS::Topic', `arn:aws:sns:${region}:${account}:t`), attributes: { ok: true, value: { subscriptionsConfirmed: 1 } } }));
    parts.push(JSON.stringify({ ...regional('AWS::KMS::Key', `arn:aws:kms:${region}:${account}:key/k`), arn: `arn:aws:kms:${region}:${account}:key/k`, keyManager: 'CUSTOMER', keyState: 'Enabled', keySpec: 'SYMMETRIC_DEFAULT', keyUsage: 'ENCRYPT_DECRYPT', origin: 'AWS_KMS', rotationEnabled: { ok: true, value: true }, policy: { ok: true, value: null } }));
  });
  n = parts.length + REGIONS.length;
  const covered = new Map<string, string[]>(REGIONS.map((r) => [r, []]));
  for (let i = 0; n < total; i++, n++) {
    const region = REGIONS[i % REGIONS.length];
    switch (i % 5) {
      case 0:
        parts.push(JSON.stringify({ ...base('AWS::Logs::LogGroup', `/app/${i}`, i), retentionInDays: i % 3 ? 30 : undefined, kmsKeyId: i % 4 ? undefined : `arn:aws:kms:${region}:${account}:key/k`, dataProtectionPolicy: { ok: true, value: null } }));
        break;
      case 1:
        parts.push(JSON.stringify({ ...base('AWS::CloudWatch::Alarm', `alarm-${i}`, i), metricName: 'M', namespace: 'N', actionsEnabled: i % 2 === 0, alarmActions: i % 3 ? [`arn:aws:sns:${region}:${account}:t`] : [], okActions: [], insufficientDataActions: [] }));
        break;
      case 2:
        parts.push(
          JSON.stringify({
            ...base('AWS::EC2::Instance', `i-${i}`, i),
            state: 'running',
            imageId: 'ami-1',
            instanceType: 'm5.large',
            securityGroupIds: [`sg-${i % 1000}`],
            networkInterfaceIds: [],
            publicIpAddress: i % 7 ? undefined : '54.0.0.1',
            metadataOptions: { httpTokens: i % 2 ? 'required' : 'optional' },
          }),
        );
        // The secret scan of its user data (a resource of its own, as the collector records it).
        parts.push(JSON.stringify({ ...base('AWS::EC2::InstanceUserData', `i-${i}`, i), tags: {}, hits: { ok: true, value: i % 11 ? null : [] } }));
        covered.get(region)!.push(`i-${i}`);
        n++;
        break;
      case 3:
        parts.push(
          JSON.stringify({
            ...base('AWS::ECS::TaskDefinition', `arn:aws:ecs:us-east-1:111122223333:task-definition/f${i}:1`, i),
            family: `f${i}`,
            revision: 1,
            requiresCompatibilities: ['FARGATE'],
            volumes: [],
            containers: [{ name: 'c', image: i % 4 ? 'nginx:latest' : '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.6.0-gpu-py312', environment: [{ name: 'MODE', value: 'prod' }], secretNames: [], portMappings: [], capabilitiesAdd: [] }],
          }),
        );
        break;
      default:
        parts.push(JSON.stringify({ ...base('AWS::ResourceGroupsTaggingAPI::TaggedResource', `arn:aws:s3:::bucket-${i}`, i), resourceType: 's3:bucket' }));
    }
  }
  REGIONS.forEach((region, r) => {
    const ids = covered.get(region)!;
    parts.push(
      JSON.stringify({
        ...base('AWS::Inspector2::Scanning', `${account}/${region}`, r),
        region,
        ec2Status: 'ENABLED',
        ecrStatus: 'ENABLED',
        ec2Findings: { ok: true, value: ids.filter((_, j) => j % 97 === 0).map((instanceId) => ({ instanceId, critical: 0, high: 2, vulnerabilities: ['CVE-2026-0001'] })) },
        ec2Coverage: { ok: true, value: ids.map((instanceId) => ({ instanceId, statusCode: 'ACTIVE' })) },
      }),
    );
  });
  const collections = COLLECTORS.flatMap((c) =>
    (c.scope === 'global' ? ['global'] : REGIONS).map((region) => JSON.stringify({ account, region, collector: c.id, state: 'ok', resources: 0, durationMs: 0 })),
  );
  return `{"format":"${INVENTORY_FORMAT}","version":${INVENTORY_VERSION},"collectedAt":"${new Date().toISOString()}","accounts":["${account}"],"regions":${JSON.stringify(REGIONS)},"collections":[${collections.join(',')}],"resources":[${parts.join(',')}]}`;
}

export async function benchEvaluation(total = 1_000_000) {
  const file = join(mkdtempSync(join(tmpdir(), 'posture-bench-')), 'estate.json');
  writeFileSync(file, syntheticEstate(total));
  (globalThis as { gc?: () => void }).gc?.();
  // Garbage-collection pauses, so a slow evaluation can be told apart from a memory-bound one.
  const pauses: Array<{ start: number; end: number }> = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  const t0 = performance.now();
  const inventory = loadInventoryFile(file);
  const t1 = performance.now();
  const dlc = loadDlcKnowledge();
  // As a scan evaluates: FAIL and ERROR become findings, PASS results are counted per rule.
  const { findings, passed } = evaluateCounted(inventory, { rules: RULES, collectors: COLLECTORS_BY_ID, dlc: () => dlc, asOf: new Date('2026-11-24T00:00:00Z') });
  const t2 = performance.now();
  // GC entries are delivered after the synchronous run; their times are exact, so wait for them.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const gcIn = (a: number, b: number) => pauses.filter((p) => p.start >= a && p.start < b).reduce((ms, p) => ms + (p.end - p.start), 0);
  return {
    loadGcMs: gcIn(t0, t1),
    evalGcMs: gcIn(t1, t2),
    resources: inventory.data.resources.length, findings: findings.length, passes: [...passed.values()].reduce((a, b) => a + b, 0), rules: RULES.length, loadMs: t1 - t0, evalMs: t2 - t1, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

export function formatEvaluation(r: Awaited<ReturnType<typeof benchEvaluation>>): string {
  return `evaluation: ${r.resources} resources, ${r.rules} rules, ${r.findings} FAIL/ERROR findings + ${r.passes} PASS counted | load ${r.loadMs.toFixed(0)} ms (GC ${r.loadGcMs.toFixed(0)}) | evaluate ${r.evalMs.toFixed(0)} ms (GC ${r.evalGcMs.toFixed(0)}) | evaluate/load = ${(r.evalMs / r.loadMs).toFixed(2)} (target < 1) | peak RSS ${r.peakRssMb.toFixed(0)} MB (target < 4096)`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(formatEvaluation(await benchEvaluation(Number(process.argv[2] ?? 1_000_000))));
