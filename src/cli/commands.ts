import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { DEFAULT_CONFIG_FILES, loadConfig } from '../config/loadConfig.js';
import { fileURLToPath } from 'node:url';
import Table from 'cli-table3';
import { PostureError } from '../core/errors.js';
import type { Severity } from '../core/vocabulary.js';
import { renderTable } from '../report/table.js';
import { safeText } from '../report/text.js';
import { RULES } from '../rules/index.js';
import { exitCodeFor, parseSeverity } from '../scan/exitCode.js';
import type { ScanResult } from '../scan/result.js';
import { runScan } from '../scan/runScan.js';
import { createProgress } from './progress.js';
import { ruleCatalogue } from './catalogue.js';

export interface ScanFlags {
  region?: string[];
  services?: string[];
  rules?: string[];
  profile?: string;
  format: 'table' | 'json';
  output?: string;
  includePass: boolean;
  saveInventory?: string;
  inventory?: string;
  failOn?: string;
  config?: string;
  asOf?: string;
  dlcData?: string;
  stats: boolean;
  quiet: boolean;
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** --as-of: a calendar day (UTC); the scan judges as of the end of that day. */
export function parseAsOf(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59)) : undefined;
  if (!d || d.getUTCDate() !== Number(m![3])) throw new PostureError(`--as-of ${value}: expected a date as YYYY-MM-DD`);
  return d;
}

function configParams(path: string | undefined): Record<string, unknown> | undefined {
  const file = path ?? DEFAULT_CONFIG_FILES.find((f) => existsSync(f));
  if (!file) return undefined;
  return loadConfig(file, RULES).params;
}

export async function runScanCommand(flags: ScanFlags): Promise<number> {
  let failOn: Severity | undefined;
  if (flags.failOn) {
    try {
      failOn = parseSeverity(flags.failOn);
    } catch (e) {
      throw new PostureError(`--fail-on ${flags.failOn}: ${(e as Error).message}`);
    }
  }
  for (const r of flags.region ?? []) if (!REGION.test(r)) throw new PostureError(`--region ${r}: not an AWS region name (e.g. us-east-1)`);
  const asOf = parseAsOf(flags.asOf);
  const params = configParams(flags.config);
  if (flags.inventory && flags.profile) throw new PostureError('--profile has no effect with --inventory (a saved inventory needs no credentials)');
  const progress = createProgress({ enabled: !flags.quiet && Boolean(process.stderr.isTTY) });
  const { result, stats } = await runScan({
    regions: flags.region,
    services: flags.services,
    rules: flags.rules,
    profile: flags.profile,
    inventoryFile: flags.inventory,
    saveInventory: flags.saveInventory,
    includePass: flags.includePass,
    params,
    asOf,
    dlcData: flags.dlcData,
    onUnitDone: progress.unit,
    onMessage: progress.message,
  });
  progress.done();
  emit(result, flags.format, flags.output, flags.includePass);
  if (flags.stats) {
    process.stderr.write(stats ? stats.format() + '\n' : 'No API calls: the scan read a saved inventory.\n');
  }
  return exitCodeFor(result, failOn);
}

export function emit(result: ScanResult, format: 'table' | 'json', output: string | undefined, includePass: boolean): void {
  const text =
    format === 'json'
      ? JSON.stringify(result, null, 2) + '\n'
      : renderTable(result, { color: !output && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, includePass, limit: output ? undefined : 60 });
  if (output) {
    const tmp = `${output}.tmp-${process.pid}`;
    writeFileSync(tmp, text);
    renameSync(tmp, output);
  } else process.stdout.write(text);
}

export function runRulesCommand(flags: { format: 'table' | 'json' }): number {
  const catalogue = ruleCatalogue(RULES);
  if (flags.format === 'json') {
    process.stdout.write(JSON.stringify(catalogue, null, 2) + '\n');
    return 0;
  }
  const t = new Table({ head: ['Rule', 'Service', 'Topic', 'Severity', 'Resource type'], style: { head: [], border: [] } });
  for (const r of catalogue) t.push([r.id, r.service, r.topic, r.severity, r.resourceType]);
  process.stdout.write(`${t.toString()}\n${catalogue.length} rules\n`);
  return 0;
}

export const DEMO_INVENTORY = fileURLToPath(new URL('../../demo/inventory.json', import.meta.url));

export async function runDemoCommand(flags: { format: 'table' | 'json'; includePass: boolean }): Promise<number> {
  const { result } = await runScan({ inventoryFile: DEMO_INVENTORY, includePass: flags.includePass });
  emit(result, flags.format, undefined, flags.includePass);
  if (flags.format === 'table')
    process.stdout.write(`\nThis was the bundled demo account (${safeText(DEMO_INVENTORY)}). Scan your own with: npx posture scan --region <region>\n`);
  return 0;
}
