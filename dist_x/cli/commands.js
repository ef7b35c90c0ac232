import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG_FILES, loadConfig } from '../config/loadConfig.js';
import { FORMAT_NAMES, FORMATS, isFormatName } from '../report/formats.js';
import { fileURLToPath } from 'node:url';
import Table from 'cli-table3';
import { PostureError } from '../core/errors.js';
import { renderTable } from '../report/table.js';
import { safeText } from '../report/text.js';
import { RULES } from '../rules/index.js';
import { exitCodeFor, parseSeverity } from '../scan/exitCode.js';
import { runScan } from '../scan/runScan.js';
import { createProgress } from './progress.js';
import { ruleCatalogue } from './catalogue.js';
function positive(flag, value) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!(n > 0) || !Number.isFinite(n))
        throw new PostureError(`${flag} ${value}: expected a positive number`);
    return n;
}
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
/** --as-of: a calendar day (UTC); the scan judges as of the end of that day. */
export function parseAsOf(value) {
    if (value === undefined)
        return undefined;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59)) : undefined;
    if (!d || d.getUTCDate() !== Number(m[3]))
        throw new PostureError(`--as-of ${value}: expected a date as YYYY-MM-DD`);
    return d;
}
function readConfig(path) {
    const file = path ?? DEFAULT_CONFIG_FILES.find((f) => existsSync(f));
    return file ? loadConfig(file, RULES) : undefined;
}
/** --format takes one name or a comma-separated list; several need --output-dir. */
export function parseFormats(value, outputDir, output) {
    const names = [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];
    if (!names.length)
        throw new PostureError('--format: name at least one format');
    for (const n of names)
        if (n !== 'table' && !isFormatName(n))
            throw new PostureError(`--format ${n}: unknown format (table, ${FORMAT_NAMES.join(', ')})`);
    if (names.length > 1 && !outputDir)
        throw new PostureError(`--format ${value}: several formats need --output-dir DIR`);
    if (outputDir && output)
        throw new PostureError('--output and --output-dir exclude each other');
    if (outputDir && names.includes('table'))
        throw new PostureError('--output-dir writes files; table is for the terminal (drop it from --format)');
    return names;
}
export async function runScanCommand(flags) {
    let failOn;
    if (flags.failOn) {
        try {
            failOn = parseSeverity(flags.failOn);
        }
        catch (e) {
            throw new PostureError(`--fail-on ${flags.failOn}: ${e.message}`);
        }
    }
    for (const r of flags.region ?? [])
        if (!REGION.test(r))
            throw new PostureError(`--region ${r}: not an AWS region name (e.g. us-east-1)`);
    const asOf = parseAsOf(flags.asOf);
    const formats = parseFormats(flags.format, flags.outputDir, flags.output);
    const config = readConfig(flags.config);
    if (flags.inventory && flags.profile)
        throw new PostureError('--profile has no effect with --inventory (a saved inventory needs no credentials)');
    if (flags.inventory && (flags.org || flags.roleArn))
        throw new PostureError('--org and --role-arn collect from AWS; they do not apply to --inventory');
    const progress = createProgress({ enabled: !flags.quiet && Boolean(process.stderr.isTTY) });
    const { result, stats, warnings } = await runScan({
        regions: flags.region,
        services: flags.services,
        rules: flags.rules,
        profile: flags.profile,
        inventoryFile: flags.inventory,
        saveInventory: flags.saveInventory,
        includePass: flags.includePass,
        params: config?.params,
        suppressions: config?.suppressions,
        frameworks: flags.framework,
        targets: { org: flags.org, roleName: flags.roleName, roleArn: flags.roleArn, externalId: flags.externalId, accounts: flags.accounts, excludeAccounts: flags.excludeAccounts },
        limits: {
            maxRps: positive('--max-rps', flags.maxRps),
            serviceRps: positive('--service-rps', flags.serviceRps),
            requestTimeoutMs: (positive('--request-timeout', flags.requestTimeout) ?? 30) * 1000,
        },
        baselineFile: flags.baseline,
        asOf,
        dlcData: flags.dlcData,
        onUnitDone: progress.unit,
        onMessage: progress.message,
    });
    progress.done();
    for (const w of warnings)
        process.stderr.write(`posture: warning: ${safeText(w)}\n`);
    if (flags.outputDir)
        writeAll(result, formats, flags.outputDir);
    else
        emit(result, formats[0], flags.output, flags.includePass);
    if (flags.stats) {
        process.stderr.write(stats ? stats.format() + '\n' : 'No API calls: the scan read a saved inventory.\n');
    }
    return exitCodeFor(result, failOn);
}
const renderContext = (result) => ({ frameworks: result.frameworks, rules: ruleCatalogue(RULES) });
export function emit(result, format, output, includePass) {
    const text = format === 'table'
        ? renderTable(result, { color: !output && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, includePass, limit: output ? undefined : 60 }) + renderFrameworks(result)
        : FORMATS[format].render(result, renderContext(result));
    if (output)
        writeAtomically(output, text);
    else
        process.stdout.write(text);
}
/** Renders every format first, then writes: a failing writer leaves no half-written set of files. */
function writeAll(result, formats, dir) {
    const ctx = renderContext(result);
    const files = formats.map((f) => ({ path: join(dir, FORMATS[f].fileName), text: FORMATS[f].render(result, ctx) }));
    mkdirSync(dir, { recursive: true });
    for (const f of files)
        writeAtomically(f.path, f.text);
}
function writeAtomically(path, text) {
    const tmp = `${path}.tmp-${process.pid}`;
    writeFileSync(tmp, text);
    renameSync(tmp, path);
}
/** Per-control framework results under the findings table. */
function renderFrameworks(result) {
    let out = '';
    for (const fw of result.frameworks ?? []) {
        const s = fw.summary;
        out += `\n${safeText(fw.framework.name)} ${safeText(fw.framework.version)}: ${s.pass} pass, ${s.fail} fail, ${s.error} error, ${s.manual} manual, ${s['not-evaluated']} not evaluated${s.compliancePercent === null ? '' : ` (${s.compliancePercent}% of decided controls pass)`}\n`;
        const t = new Table({ head: ['Control', 'Status', 'Title', 'Rules'], style: { head: [], border: [] }, colWidths: [10, 15, 70, 8], wordWrap: true });
        for (const c of fw.controls)
            t.push([safeText(c.id), c.status, safeText(c.title), String(c.rules.length)]);
        out += t.toString() + '\n';
    }
    if (result.baseline)
        out += `\nBaseline ${safeText(result.baseline.file)}: ${result.baseline.added} new, ${result.baseline.unchanged} unchanged, ${result.baseline.resolved} resolved; only new findings are listed.\n`;
    return out;
}
export function runRulesCommand(flags) {
    const catalogue = ruleCatalogue(RULES);
    if (flags.format === 'json') {
        process.stdout.write(JSON.stringify(catalogue, null, 2) + '\n');
        return 0;
    }
    const t = new Table({ head: ['Rule', 'Service', 'Topic', 'Severity', 'Resource type'], style: { head: [], border: [] } });
    for (const r of catalogue)
        t.push([r.id, r.service, r.topic, r.severity, r.resourceType]);
    process.stdout.write(`${t.toString()}\n${catalogue.length} rules\n`);
    return 0;
}
export const DEMO_INVENTORY = fileURLToPath(new URL('../../demo/inventory.json', import.meta.url));
export async function runDemoCommand(flags) {
    const { result } = await runScan({ inventoryFile: DEMO_INVENTORY, includePass: flags.includePass });
    emit(result, flags.format, undefined, flags.includePass);
    if (flags.format === 'table')
        process.stdout.write(`\nThis was the bundled demo account (${safeText(DEMO_INVENTORY)}). Scan your own with: npx posture scan --region <region>\n`);
    return 0;
}
