import { hostname } from 'node:os';
import { Option, type Command } from 'commander';
import { PostureError } from '../core/errors.js';
import type { AccountTargets } from '../scan/accounts.js';

// Only commander and types at the top: `posture --help` must not load SQLite or the SDK.

const FLOW = `
How it works (see docs/scale.md):
  1. posture queue plan --db scan.db --org --role-name ROLE --region us-east-1,eu-west-1
     lists the accounts and regions and writes one unit of work per (account, region, collector);
     with --max-rps N, all workers together send at most N requests a second.
  2. posture queue work --db scan.db   (start it as many times as you like, on machines sharing the file)
     each worker claims units one at a time, collects them and stores the result; a unit whose worker
     stops is taken over once its lease expires.
  3. posture queue export --db scan.db --output inventory.json
     posture scan --inventory inventory.json [--services ... --format ...]
     evaluates the finished scan exactly as a one-process scan would.
The database holds role ARNs and the external id, never credentials: each worker uses its own.`;

interface PlanFlags extends AccountTargets {
  db: string;
  region?: string[];
  services?: string[];
  rules?: string[];
  profile?: string;
  maxRps?: string;
}

interface WorkFlags {
  db: string;
  scan?: string;
  workerId?: string;
  concurrency: string;
  lease: string;
  profile?: string;
  maxRps?: string;
  serviceRps?: string;
  requestTimeout?: string;
  quiet: boolean;
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

function positive(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n)) throw new PostureError(`${flag} ${value}: expected a positive number`);
  return n;
}

/** `queue plan` takes the scan command's own target and selection options, not copies of them. */
function scanOptions(program: Command, flags: string[]): Option[] {
  const scan = program.commands.find((c) => c.name() === 'scan');
  if (!scan) throw new Error('register the scan command before the queue commands');
  return flags.map((f) => {
    const o = scan.options.find((x) => x.long === f);
    if (!o) throw new Error(`scan has no option ${f}`);
    return o;
  });
}

export function registerQueueCommands(program: Command): void {
  const queue = program
    .command('queue')
    .description('Share one scan between worker processes (on one or many machines) through a SQLite work queue')
    .addHelpText('after', FLOW);
  const dbOption = () => new Option('--db <file>', 'the queue database (SQLite)').makeOptionMandatory();
  const scanIdOption = () => new Option('--scan <id>', 'which planned scan (default: the latest in the database)');

  const plan = queue
    .command('plan')
    .description('List the accounts and regions of a scan and queue one unit of work per (account, region, collector); takes the target and selection options of `scan`')
    .addOption(new Option('--db <file>', 'the queue database (SQLite; created if missing)').makeOptionMandatory());
  for (const o of scanOptions(program, ['--region', '--services', '--rules', '--profile', '--org', '--role-name', '--external-id', '--role-arn', '--accounts', '--exclude-accounts']))
    plan.addOption(o);
  plan.option('--max-rps <n>', 'cap on AWS requests per second of all workers of this scan together, retries included; kept in the database, so it holds however many workers run');
  plan.action(async (flags: PlanFlags) => {
    process.exitCode = await runPlan(flags);
  });

  queue
    .command('work')
    .description('Claim queued units and collect them until none is left; prints a one-line summary')
    .addOption(dbOption())
    .addOption(scanIdOption())
    .option('--worker-id <id>', 'name recorded on the units this worker claims (default: <hostname>-<pid>)')
    .option('--concurrency <n>', 'units this worker collects at once', '4')
    .option('--lease <seconds>', 'a claim not renewed for this long is taken over by another worker (renewed while a unit runs)', '600')
    .addOption(scanOptions(program, ['--profile'])[0])
    .option('--max-rps <n>', "cap on this worker's own AWS requests per second, retries included (the scan's shared cap is set by `queue plan --max-rps`)")
    .option('--service-rps <n>', "this worker's requests per second to any one AWS service API (default: 20)")
    .option('--request-timeout <seconds>', 'per-attempt HTTP timeout; a timed-out attempt is retried (default: 30)')
    .option('--quiet', 'no line per unreadable unit on stderr', false)
    .action(async (flags: WorkFlags) => {
      process.exitCode = await runWork(flags);
    });

  queue
    .command('status')
    .description('Show how far a queued scan is: units per state, per worker, and the units that could not be read')
    .addOption(dbOption())
    .addOption(scanIdOption())
    .addOption(new Option('--format <format>', 'output format: table | json').choices(['table', 'json']).default('table'))
    .action(async (flags: { db: string; scan?: string; format: 'table' | 'json' }) => {
      process.exitCode = await runStatus(flags);
    });

  queue
    .command('export')
    .description('Write the inventory of a finished queued scan; evaluate it with `posture scan --inventory FILE`')
    .addOption(dbOption())
    .addOption(scanIdOption())
    .addOption(new Option('--output <file>', 'the inventory file to write (JSON)').makeOptionMandatory())
    .action(async (flags: { db: string; scan?: string; output: string }) => {
      process.exitCode = await runExport(flags);
    });
}

async function runPlan(flags: PlanFlags): Promise<number> {
  for (const r of flags.region ?? []) if (!REGION.test(r)) throw new PostureError(`--region ${r}: not an AWS region name (e.g. us-east-1)`);
  const { collectorsFor, selectRules } = await import('../scan/selection.js');
  const maxRps = positive('--max-rps', flags.maxRps);
  const rules = selectRules(flags.rules, flags.services);
  if (!rules.length) throw new PostureError('no rules selected');
  const { openQueue } = await import('../queue/db.js');
  const { writePlan } = await import('../queue/plan.js');
  const { scopeFromAws } = await import('../queue/scope.js');
  // The database is opened (and checked) before any AWS call, so a bad --db fails fast.
  const db = openQueue(flags.db, { create: true });
  try {
    const plan = await scopeFromAws({
      regions: flags.region,
      profile: flags.profile,
      collectors: collectorsFor(rules),
      targets: { org: flags.org, roleName: flags.roleName, roleArn: flags.roleArn, externalId: flags.externalId, accounts: flags.accounts, excludeAccounts: flags.excludeAccounts },
      selection: { services: flags.services, rules: flags.rules },
      maxRps,
    });
    const scan = writePlan(db, plan);
    process.stdout.write(
      `Planned scan ${scan.id} in ${flags.db}: ${scan.units} unit(s) = ${plan.targets.length} account(s) × ${plan.regions.length} region(s) × ${plan.collectors.length} collector(s) (global ones once per account)${maxRps ? `; all workers together send at most ${maxRps} request(s)/s` : ''}\n`,
    );
    return 0;
  } finally {
    db.close();
  }
}

async function runWork(flags: WorkFlags): Promise<number> {
  const concurrency = positive('--concurrency', flags.concurrency)!;
  if (!Number.isInteger(concurrency)) throw new PostureError(`--concurrency ${flags.concurrency}: expected a whole number`);
  const leaseMs = positive('--lease', flags.lease)! * 1000;
  const limits = {
    maxRps: positive('--max-rps', flags.maxRps),
    serviceRps: positive('--service-rps', flags.serviceRps),
    requestTimeoutMs: (positive('--request-timeout', flags.requestTimeout) ?? 30) * 1000,
  };
  const { openQueue } = await import('../queue/db.js');
  const { readScan } = await import('../queue/plan.js');
  const { work } = await import('../queue/worker.js');
  const { unitCounts } = await import('../queue/units.js');
  const { safeText } = await import('../report/text.js');
  if (flags.profile) process.env.AWS_PROFILE = flags.profile;
  const db = openQueue(flags.db);
  try {
    const scan = readScan(db, flags.db, flags.scan);
    const workerId = flags.workerId ?? `${hostname()}-${process.pid}`;
    const s = await work({
      db,
      scan,
      workerId,
      concurrency,
      leaseMs,
      profile: flags.profile,
      limits,
      onWarning: (message) => process.stderr.write(`${safeText(`posture: warning: ${message}`)}\n`),
      onUnitDone: (status) => {
        if (status.state !== 'ok' && !flags.quiet) process.stderr.write(`${safeText(`${status.account}/${status.region}/${status.collector}: ${status.state}: ${status.message ?? ''}`)}\n`);
      },
    });
    const left = unitCounts(db, scan.id);
    process.stdout.write(
      `worker ${safeText(workerId)}: collected ${s.units} unit(s) (${s.ok} ok, ${s.failed} unreadable${s.dropped ? `, ${s.dropped} dropped after losing the lease` : ''}) with ${s.calls} API call(s) in ${(s.ms / 1000).toFixed(1)}s; scan ${scan.id}: ${left.done + left.failed} of ${left.total} unit(s) finished\n`,
    );
    return 0;
  } finally {
    db.close();
  }
}

async function runStatus(flags: { db: string; scan?: string; format: 'table' | 'json' }): Promise<number> {
  const { openQueue } = await import('../queue/db.js');
  const { readScan } = await import('../queue/plan.js');
  const { failedUnits, unitCounts, workerCounts } = await import('../queue/units.js');
  const { safeText } = await import('../report/text.js');
  const db = openQueue(flags.db);
  try {
    const scan = readScan(db, flags.db, flags.scan);
    const units = unitCounts(db, scan.id);
    const workers = workerCounts(db, scan.id);
    const failed = failedUnits(db, scan.id);
    if (flags.format === 'json') {
      process.stdout.write(JSON.stringify({ scan, units, workers, failed }, null, 2) + '\n');
      return 0;
    }
    const p = scan.plan;
    const selection = [p.selection.services?.length ? `services ${p.selection.services.join(',')}` : '', p.selection.rules?.length ? `rules ${p.selection.rules.join(',')}` : '']
      .filter(Boolean)
      .join('; ');
    const lines = [
      `scan ${scan.id} (planned ${scan.created}): ${p.targets.length} account(s), ${p.regions.length} region(s), ${p.collectors.length} collector(s)${selection ? `; ${selection}` : ''}${p.maxRps ? `; at most ${p.maxRps} request(s)/s over all workers` : ''}`,
      `units: ${units.total} total, ${units.done} done, ${units.failed} unreadable, ${units.claimed} being collected, ${units.pending} pending`,
    ];
    const byWorker = new Map<string, string[]>();
    for (const w of workers) byWorker.set(w.worker, [...(byWorker.get(w.worker) ?? []), `${w.units} ${w.state}`]);
    for (const [worker, parts] of byWorker) lines.push(`worker ${worker}: ${parts.join(', ')}`);
    for (const f of failed) lines.push(`unreadable ${f.account}/${f.region}/${f.collector}: ${f.state}${f.message ? `: ${f.message}` : ''}`);
    if (!units.pending && !units.claimed) lines.push(`finished: export it with \`posture queue export --db ${flags.db} --scan ${scan.id} --output inventory.json\``);
    process.stdout.write(lines.map(safeText).join('\n') + '\n');
    return 0;
  } finally {
    db.close();
  }
}

async function runExport(flags: { db: string; scan?: string; output: string }): Promise<number> {
  const { openQueue } = await import('../queue/db.js');
  const { readScan } = await import('../queue/plan.js');
  const { assemble } = await import('../queue/assemble.js');
  const { saveInventoryFile } = await import('../inventory/file.js');
  const db = openQueue(flags.db);
  try {
    const scan = readScan(db, flags.db, flags.scan);
    const inventory = assemble(db, flags.db, scan);
    try {
      saveInventoryFile(flags.output, inventory);
    } catch (e) {
      throw new PostureError(`--output ${flags.output}: ${(e as Error).message}`);
    }
    const sel = scan.plan.selection;
    const again = [sel.services?.length ? ` --services ${sel.services.join(',')}` : '', sel.rules?.length ? ` --rules ${sel.rules.join(',')}` : ''].join('');
    process.stdout.write(
      `Wrote the inventory of scan ${scan.id} (${inventory.accounts.length} account(s), ${inventory.collections.length} unit(s), ${inventory.resources.length} resource(s)) to ${flags.output}; evaluate it with: posture scan --inventory ${flags.output}${again}\n`,
    );
    return 0;
  } finally {
    db.close();
  }
}
