/**
 * Collection benchmark: a moto estate of thousands of resources in three accounts (the caller's
 * and two organization members reached by assume-role) and two regions, collected by posture's
 * real `collectLive` with every collector. Prints the seed time, the collection's wall time, the
 * resources collected per type, the calls per operation, and for each operation the fewest calls
 * that could fetch the same data: for a list/describe, ceil(items / largest page) per thing listed
 * (per account and region, or per parent such as a role or a cluster), at least 1; for a
 * per-resource call, one per distinct request. The ratio of calls made to that minimum shows
 * duplicate calls, small pages and extra empty pages.
 *
 * It collects with the limits a real scan uses (--service-rps default, no --max-rps); when the
 * per-service limit accounts for at least half of that run's wall time (per-resource calls at 20 a
 * second), it collects again unlimited, so the second run measures the collectors, not the limiter.
 *
 * moto 5.2 answers logs:GetDataProtectionPolicy with a 500 page, which the SDK retries with
 * back-off; a loopback proxy answers it instead as AWS does for a group without a policy, so
 * moto's gap does not turn into retries and waiting in the figures. The call is still made and counted.
 */
import { performance } from 'node:perf_hooks';
import * as Organizations from '@aws-sdk/client-organizations';
import * as STS from '@aws-sdk/client-sts';
import { startMoto } from '../scripts/lib/motoServer.js';
import { DEFAULT_SERVICE_RPS } from '../src/aws/clientFactory.js';
import { COLLECTORS } from '../src/collectors/index.js';
import { collectLive } from '../src/scan/live.js';
import { startProxy } from '../test/helpers/proxy.js';
import { attributed, callLog, clearCallLog, instrumentClientFactory, type LoggedCall } from './lib/callLog.js';
import { BATCH_ALTERNATIVES, BATCH_LIMITS, PAGE_LIMITS } from './lib/pageLimits.js';
import { FULL_ESTATE, QUICK_ESTATE, seedEstate, type SeedAccount } from './lib/seedEstate.js';

const REGIONS = ['us-east-1', 'us-west-2'];
const ROLE = 'OrganizationAccountAccessRole';
const UNLIMITED_RPS = 1_000_000;

export interface OperationFigures {
  op: string;
  calls: number;
  failed: number;
  minimum: number;
  /** list: pages of a listing; batch: many named resources a call; per-scope: one call per account and region; per-resource: one per resource. */
  kind: 'list' | 'batch' | 'per-scope' | 'per-resource';
  retries: number;
  /** Things listed (list operations), summed over what was listed once. */
  items?: number;
  /** Distinct things a list operation listed (account-region scopes, or parents). */
  listings?: number;
  /** Page sizes the collectors asked for, and the largest the API allows. */
  asked?: Array<number | undefined>;
  maxPage?: number;
  /** Continuation calls that came back empty. */
  emptyPages?: number;
  batchAlternative?: string;
}

export interface CollectionRun {
  label: string;
  wallMs: number;
  calls: number;
  retries: number;
  minimum: number;
  operations: OperationFigures[];
  resources: number;
  byType: Map<string, number>;
  /** Per collector: the calls it made and the resources (of its types) it produced. */
  byCollector: Array<{ collector: string; types: string[]; calls: number; units: number; resources: number }>;
  failedUnits: Map<string, number>;
  /** The slowest (account/region/collector) units. */
  slowest: Array<{ unit: string; ms: number }>;
  /** Fewest seconds the per-service limit allows for the busiest service: calls / rate. */
  rateFloor?: { service: string; attempts: number; seconds: number };
  /** Operations whose CallStats count differs from the benchmark's own log (should be none). */
  countMismatches: string[];
  /** Calls whose answer said "more" that the page-limit table does not know. */
  unknownPaginated: string[];
}

export interface CollectionReport {
  quick: boolean;
  accounts: string[];
  regions: string[];
  seedRequests: number;
  seedMs: number;
  runs: CollectionRun[];
}

/** Groups the logged calls of one operation by what they list (identity, region, request). */
function figuresFor(op: string, calls: LoggedCall[], statsCount: number, statsFailed: number, retries: number): OperationFigures {
  const limit = PAGE_LIMITS[op];
  const byWhat = new Map<string, LoggedCall[]>();
  for (const c of calls) {
    const k = `${c.identity}|${c.region}|${c.what}`;
    const list = byWhat.get(k) ?? [];
    list.push(c);
    byWhat.set(k, list);
  }
  const base = { op, calls: statsCount, failed: statsFailed, retries, batchAlternative: BATCH_ALTERNATIVES[op] };
  if (limit) {
    let minimum = 0;
    let items = 0;
    let emptyPages = 0;
    for (const group of byWhat.values()) {
      // The same listing made twice (two collectors) counts once: items per traversal.
      const traversals = Math.max(1, group.filter((c) => !c.continued).length);
      const listed = group.reduce((t, c) => t + (c.items ?? 0), 0) / traversals;
      items += listed;
      minimum += Math.max(1, Math.ceil(listed / limit.max));
      emptyPages += group.filter((c) => c.continued && !c.failed && c.items === 0).length;
    }
    const asked = [...new Set(calls.map((c) => c.pageSize))];
    return { ...base, kind: 'list', minimum, items: Math.round(items), listings: byWhat.size, asked, maxPage: limit.max, emptyPages };
  }
  const batch = BATCH_LIMITS[op];
  if (batch) {
    let minimum = 0;
    let items = 0;
    for (const group of byWhat.values()) {
      // Each resource needs naming once; the same name in two calls is a duplicate.
      const named = group.reduce((t, c) => t + (c.items ?? 0), 0);
      items += named;
      minimum += Math.max(1, Math.ceil(named / batch.max));
    }
    return { ...base, kind: 'batch', minimum, items, listings: byWhat.size, maxPage: batch.max };
  }
  // A call whose request names nothing (flags at most) is one per account and region; one naming a resource is per resource.
  return { ...base, kind: calls.some((c) => c.names) ? 'per-resource' : 'per-scope', minimum: byWhat.size };
}

async function collectOnce(label: string, limits: { serviceRps?: number; maxRps?: number }): Promise<CollectionRun> {
  clearCallLog();
  const t0 = performance.now();
  const { inventory, clients } = await collectLive({ regions: REGIONS, collectors: attributed(COLLECTORS), limits, targets: { org: true, roleName: ROLE } });
  const wallMs = performance.now() - t0;
  clients.destroy();
  const stats = clients.stats;
  const logged = new Map<string, LoggedCall[]>();
  for (const c of callLog) logged.set(c.op, [...(logged.get(c.op) ?? []), c]);
  const operations: OperationFigures[] = [];
  const countMismatches: string[] = [];
  for (const [op, e] of stats.calls) {
    const calls = logged.get(op) ?? [];
    if (calls.length !== e.count) countMismatches.push(`${op}: CallStats ${e.count}, logged ${calls.length}`);
    operations.push(figuresFor(op, calls, e.count, e.errors, Math.max(0, (stats.attempts.get(op) ?? e.count) - e.count)));
  }
  const unknownPaginated = [...logged.keys()].filter((op) => !PAGE_LIMITS[op] && logged.get(op)!.some((c) => c.continued || c.unknownPageSize));
  const byType = new Map<string, number>();
  for (const r of inventory.resources) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
  const callsBy = new Map<string, number>();
  for (const c of callLog) callsBy.set(c.collector ?? '(scan setup)', (callsBy.get(c.collector ?? '(scan setup)') ?? 0) + 1);
  const resourcesBy = new Map<string, number>();
  const unitsBy = new Map<string, number>();
  for (const u of inventory.collections) {
    resourcesBy.set(u.collector, (resourcesBy.get(u.collector) ?? 0) + u.resources);
    unitsBy.set(u.collector, (unitsBy.get(u.collector) ?? 0) + 1);
  }
  const byCollector = COLLECTORS.map((c) => ({
    collector: c.id,
    types: c.produces.map((t) => t.replace(/^AWS::/, '')),
    calls: callsBy.get(c.id) ?? 0,
    units: unitsBy.get(c.id) ?? 0,
    resources: resourcesBy.get(c.id) ?? 0,
  }));
  byCollector.push({ collector: '(scan setup: identity, accounts, assume-role)', types: [], calls: callsBy.get('(scan setup)') ?? 0, units: 0, resources: 0 });
  const failedUnits = new Map<string, number>();
  for (const u of inventory.collections) if (u.state !== 'ok') failedUnits.set(`${u.collector} (${u.state})`, (failedUnits.get(`${u.collector} (${u.state})`) ?? 0) + 1);
  const perService = new Map<string, number>();
  for (const [op, n] of stats.attempts) perService.set(op.split(':')[0], (perService.get(op.split(':')[0]) ?? 0) + n);
  const busiest = [...perService].sort((a, b) => b[1] - a[1])[0];
  const rps = limits.serviceRps ?? DEFAULT_SERVICE_RPS;
  return {
    label,
    wallMs,
    calls: stats.total,
    retries: stats.retries,
    minimum: operations.reduce((t, o) => t + o.minimum, 0),
    operations,
    resources: inventory.resources.length,
    byType,
    byCollector,
    failedUnits,
    slowest: [...stats.units].sort((a, b) => b.ms - a.ms).slice(0, 5).map((u) => ({ unit: `${u.account}/${u.region}/${u.collector}`, ms: u.ms })),
    rateFloor: busiest ? { service: busiest[0], attempts: busiest[1], seconds: busiest[1] / rps } : undefined,
    countMismatches,
    unknownPaginated,
  };
}

export async function benchCollection(quick = false): Promise<CollectionReport> {
  const moto = await startMoto();
  moto.useEnv();
  try {
    const cfg = { region: REGIONS[0], endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
    const org = new Organizations.OrganizationsClient(cfg);
    await org.send(new Organizations.CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    const caller = (await new STS.STSClient(cfg).send(new STS.GetCallerIdentityCommand({}))).Account!;
    const accounts: SeedAccount[] = [{ account: caller }];
    for (const name of ['bench-dev', 'bench-prod']) {
      const account = (await org.send(new Organizations.CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }))).CreateAccountStatus!.AccountId!;
      // Seeded the way posture reaches it: with the member role's credentials.
      const c = (await new STS.STSClient(cfg).send(new STS.AssumeRoleCommand({ RoleArn: `arn:aws:iam::${account}:role/${ROLE}`, RoleSessionName: 'bench-seed' }))).Credentials!;
      accounts.push({ account, credentials: { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken } });
    }
    const t0 = performance.now();
    const seeded = await seedEstate(moto.endpoint, accounts, REGIONS, quick ? QUICK_ESTATE : FULL_ESTATE);
    const seedMs = performance.now() - t0;

    instrumentClientFactory();
    const noPolicy = JSON.stringify({});
    const proxy = await startProxy(moto.endpoint, [{ operation: 'GetDataProtectionPolicy', status: 200, body: noPolicy }]);
    process.env.AWS_ENDPOINT_URL = proxy.endpoint;
    const runs: CollectionRun[] = [];
    try {
      runs.push(await collectOnce(`default limits (--service-rps ${DEFAULT_SERVICE_RPS}, no --max-rps)`, {}));
      if (rateLimited(runs[0])) runs.push(await collectOnce(`unlimited (--service-rps ${UNLIMITED_RPS})`, { serviceRps: UNLIMITED_RPS }));
    } finally {
      process.env.AWS_ENDPOINT_URL = moto.endpoint;
      await proxy.stop();
    }
    return { quick, accounts: accounts.map((a) => a.account), regions: REGIONS, seedRequests: seeded.requests, seedMs, runs };
  } finally {
    await moto.stop();
  }
}

/** The per-service limit alone needs at least half the run's wall time. */
const rateLimited = (run: CollectionRun) => !!run.rateFloor && run.rateFloor.seconds * 1000 >= run.wallMs / 2;

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '-');

export function formatCollection(r: CollectionReport): string {
  const [limited] = r.runs;
  const last = r.runs[r.runs.length - 1];
  const free = last;
  const which = r.runs.length > 1 ? 'unlimited run' : 'default-limits run';
  const lines: string[] = [];
  lines.push(
    `collection: ${limited.resources} resources in ${r.accounts.length} accounts × ${r.regions.length} regions (moto; members reached by assume-role) | seed ${s(r.seedMs)} (${r.seedRequests} requests, not part of the figures)`,
  );
  for (const run of r.runs) {
    const floor = run.rateFloor && run === limited ? ` | rate-limit floor ${s(run.rateFloor.seconds * 1000)} (${run.rateFloor.service}: ${run.rateFloor.attempts} requests at ${DEFAULT_SERVICE_RPS}/s)` : '';
    lines.push(`  ${run.label}: wall ${s(run.wallMs)} | ${run.calls} calls, ${run.retries} retries | minimum ${run.minimum} | calls/minimum = ${ratio(run.calls, run.minimum)}${floor}`);
  }
  if (rateLimited(limited)) lines.push(`  the default-limits run is dominated by rate limiting (floor ≥ half its wall time); the unlimited run measures the collectors and moto.`);
  else lines.push(`  the default-limits run is not dominated by rate limiting (floor < half its wall time), so it was not repeated unlimited.`);
  lines.push(`  slowest units (${which}): ${free.slowest.map((u) => `${u.unit} ${s(u.ms)}`).join(', ')}`);
  lines.push('  resources collected per type:');
  for (const [type, count] of [...free.byType].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) lines.push(`    ${String(count).padStart(6)}  ${type}`);
  lines.push(`  calls per resource type (${which}; by collector, with the types it produces):`);
  lines.push(`    ${'calls'.padStart(6)} ${'found'.padStart(6)} ${'calls/found'.padStart(11)}  collector (types)`);
  const idle = free.byCollector.filter((c) => c.units && !c.resources && c.calls <= c.units);
  for (const c of [...free.byCollector].sort((a, b) => b.calls - a.calls || a.collector.localeCompare(b.collector)))
    if (!idle.includes(c))
      lines.push(`    ${String(c.calls).padStart(6)} ${String(c.resources).padStart(6)} ${(c.resources ? (c.calls / c.resources).toFixed(2) : '-').padStart(11)}  ${c.collector}${c.types.length ? ` (${c.types.join(', ')})` : ''}`);
  if (idle.length) lines.push(`    and ${idle.length} collectors that found nothing here with one call per unit or fewer: ${idle.map((c) => c.collector).join(', ')}`);
  if (free.failedUnits.size) {
    lines.push('  collection units not ok (moto gaps; each is ERROR for its rules, never PASS):');
    for (const [unit, count] of [...free.failedUnits].sort()) lines.push(`    ${String(count).padStart(6)}  ${unit}`);
  }
  lines.push(`  calls per operation (${which}) against the minimum:`);
  lines.push(`    ${'calls'.padStart(6)} ${'min'.padStart(6)} ${'ratio'.padStart(6)}  operation  [kind: items/listings, page asked/max]`);
  const order = { list: 0, batch: 1, 'per-scope': 2, 'per-resource': 3 } as const;
  const routine = free.operations.filter((o) => o.kind === 'per-scope' && o.calls === o.minimum);
  const onePage = free.operations.filter((o) => o.kind === 'list' && o.calls === o.minimum && o.calls === o.listings && !o.retries && PAGE_LIMITS[o.op].param && o.asked!.every((a) => a === o.maxPage));
  for (const o of [...free.operations].sort((a, b) => order[a.kind] - order[b.kind] || b.calls - a.calls || a.op.localeCompare(b.op))) {
    if (routine.includes(o) || onePage.includes(o)) continue;
    let what: string = o.kind;
    if (o.kind === 'list') {
      const asked = o.asked!.map((a) => (a === undefined ? 'default' : String(a))).join(',');
      what = `list: ${o.items} items / ${o.listings} listings, page ${asked}/${Number.isFinite(o.maxPage) ? o.maxPage : 'fixed by the API'}`;
      if (PAGE_LIMITS[o.op].param && o.asked!.some((a) => a !== o.maxPage)) what += ' ← asks for less than the largest page';
      if (o.emptyPages) what += ` ← ${o.emptyPages} empty continuation pages`;
    } else if (o.kind === 'batch') what = `batch: ${o.items} resources named in ${o.listings} scopes, at most ${o.maxPage} a call`;
    else if (o.kind === 'per-resource') what = o.batchAlternative ? `per resource; batch API exists: ${o.batchAlternative}` : 'per resource (no batch API: minimum = one per resource)';
    else what = 'one per account and region (or account, for global calls)';
    lines.push(`    ${String(o.calls).padStart(6)} ${String(o.minimum).padStart(6)} ${ratio(o.calls, o.minimum).padStart(6)}  ${o.op}${o.failed ? ` (${o.failed} failed)` : ''}${o.retries ? ` (${o.retries} retries)` : ''}  [${what}]`);
  }
  if (onePage.length)
    lines.push(
      `    and ${onePage.length} list operations that asked for the largest page and needed one page per listing, ratio 1.00 (items in listings): ${onePage
        .map((o) => `${o.op} (${o.items} in ${o.listings}${o.failed ? `, ${o.failed} failed` : ''})`)
        .sort()
        .join(', ')}`,
    );
  if (routine.length)
    lines.push(`    and ${routine.length} operations called once per account and region (or account, for global calls), ratio 1.00: ${routine.map((o) => `${o.op}${o.failed ? ` (${o.failed} failed)` : ''}`).sort().join(', ')}`);
  const sumOf = (kind: OperationFigures['kind'], f: 'calls' | 'minimum') => free.operations.filter((o) => o.kind === kind).reduce((t, o) => t + o[f], 0);
  lines.push(
    `  overall: ${free.calls} calls / ${free.minimum} minimum = ${ratio(free.calls, free.minimum)} | list pages ${sumOf('list', 'calls')}/${sumOf('list', 'minimum')} = ${ratio(sumOf('list', 'calls'), sumOf('list', 'minimum'))} | per-resource calls ${sumOf('per-resource', 'calls')} (${((100 * sumOf('per-resource', 'calls')) / free.calls).toFixed(0)} % of all calls) | per-scope calls ${sumOf('per-scope', 'calls')}`,
  );
  for (const run of r.runs) {
    if (run.countMismatches.length) lines.push(`  WARNING (${run.label}): CallStats and the benchmark's log disagree: ${run.countMismatches.join('; ')}`);
    if (run.unknownPaginated.length) lines.push(`  WARNING: paginated operations missing from bench/lib/pageLimits.ts (their minimum is not checked): ${run.unknownPaginated.join(', ')}`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatCollection(await benchCollection(process.argv.includes('--quick'))));
}
