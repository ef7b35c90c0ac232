import { readFileSync } from 'node:fs';
import { COLLECTORS_BY_ID } from '../collectors/index.js';
import { PostureError } from '../core/errors.js';
import { evaluate, evaluateCounted } from '../engine/evaluate.js';
import { Inventory } from '../inventory/inventory.js';
import { loadInventoryFile, saveInventoryFile } from '../inventory/file.js';
import { DlcDataError, loadDlcKnowledge } from '../dlc/data.js';
import { FINDINGS_SCHEMA_VERSION } from './result.js';
import { evaluateFramework } from '../frameworks/evaluate.js';
import { frameworkIds, loadFramework } from '../frameworks/load.js';
import { diffBaseline, newSince } from '../report/baseline.js';
import { applySuppressions } from '../report/suppress.js';
import { collectorsFor, selectRules } from './selection.js';
export const VERSION = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
export async function runScan(opts) {
    const started = new Date();
    const rules = selectRules(opts.rules, opts.services);
    if (!rules.length)
        throw new PostureError('no rules selected');
    // Frameworks and the baseline are read before any API call, so a bad flag fails fast.
    const frameworks = (opts.frameworks ?? []).map(loadFrameworkOrExplain);
    const baseline = opts.baselineFile ? readBaseline(opts.baselineFile) : undefined;
    const collectors = collectorsFor(rules);
    // DLC data is read before any API call, so a bad --dlc-data fails fast and clearly.
    const eager = rules.some((r) => r.service === 'dlc') || opts.dlcData ? dlcKnowledge(opts.dlcData) : undefined;
    // Other rules (host rules naming a DLC host in evidence) may ask too: load the bundled data on first use.
    let lazy;
    const dlc = () => (eager ?? (lazy ??= dlcKnowledge()));
    const { saved, stats, source } = await obtainInventory(opts, collectors);
    if (opts.saveInventory)
        saveInventoryFile(opts.saveInventory, saved);
    const inventory = new Inventory(saved);
    const evalOpts = { rules, collectors: COLLECTORS_BY_ID, params: opts.params, asOf: opts.asOf, dlc };
    // PASS results are only counted unless they are to be listed.
    const evaluated = opts.includePass ? { findings: evaluate(inventory, evalOpts), passed: new Map() } : evaluateCounted(inventory, evalOpts);
    const muted = applySuppressions(evaluated.findings, opts.suppressions ?? [], opts.asOf ?? new Date(), tagLookup(saved));
    const findings = muted.findings;
    const countedPasses = [...evaluated.passed.values()].reduce((a, b) => a + b, 0);
    const needed = new Set(collectors.map((c) => c.id));
    const collection = saved.collections.filter((s) => needed.has(s.collector));
    let result = {
        schemaVersion: FINDINGS_SCHEMA_VERSION,
        scan: {
            tool: { name: 'posture', version: VERSION },
            accounts: saved.accounts,
            regions: saved.regions,
            started: started.toISOString(),
            finished: new Date().toISOString(),
            source,
            collection,
            complete: collection.every((s) => s.state === 'ok'),
            rulesEvaluated: rules.length,
            counts: {
                PASS: countedPasses + findings.filter((f) => f.status === 'PASS').length,
                FAIL: findings.filter((f) => f.status === 'FAIL').length,
                ERROR: findings.filter((f) => f.status === 'ERROR').length,
                MUTED: findings.filter((f) => f.status === 'MUTED').length,
            },
        },
        findings,
    };
    if (frameworks.length)
        result.frameworks = frameworks.map((fw) => evaluateFramework(fw, findings, evaluated.passed));
    if (baseline)
        result = { ...newSince(baseline, result), baseline: { file: opts.baselineFile, ...countsOf(diffBaseline(baseline, result)) } };
    return { stats, result, warnings: muted.warnings };
}
function countsOf(d) {
    return { added: d.added.length, unchanged: d.unchanged.length, resolved: d.resolved.length };
}
function loadFrameworkOrExplain(id) {
    if (!frameworkIds().includes(id))
        throw new PostureError(`unknown framework "${id}" (known: ${frameworkIds().join(', ')})`);
    return loadFramework(id);
}
function readBaseline(file) {
    try {
        return JSON.parse(readFileSync(file, 'utf8'));
    }
    catch (e) {
        throw new PostureError(`--baseline ${file}: ${e.message}`);
    }
}
/** Tags by resource id and ARN, for suppressions that match on tags (tagging API entries included). */
function tagLookup(saved) {
    const byKey = new Map();
    for (const r of saved.resources) {
        if (!Object.keys(r.tags).length)
            continue;
        byKey.set(r.id, r.tags);
        if (r.arn)
            byKey.set(r.arn, r.tags);
    }
    return (resource) => (resource.arn && byKey.get(resource.arn)) || byKey.get(resource.id);
}
export function dlcKnowledge(path) {
    try {
        return loadDlcKnowledge(path);
    }
    catch (e) {
        if (e instanceof DlcDataError)
            throw new PostureError(e.message.replace(/\n/g, '; '));
        throw e;
    }
}
/** A saved inventory (narrowed to --region), or a live collection by the given collectors. */
export async function obtainInventory(opts, collectors) {
    if (opts.inventoryFile) {
        let saved = loadInventoryFile(opts.inventoryFile).data;
        if (opts.regions?.length) {
            const unknown = opts.regions.filter((r) => !saved.regions.includes(r));
            if (unknown.length)
                throw new PostureError(`region(s) ${unknown.join(', ')} are not in the inventory (it has ${saved.regions.join(', ')})`);
            saved = narrowRegions(saved, opts.regions);
        }
        return { saved, source: 'inventory' };
    }
    const { collectLive } = await import('./live.js');
    const live = await collectLive({ regions: opts.regions, profile: opts.profile, collectors, limits: opts.limits, targets: opts.targets, onUnitDone: opts.onUnitDone, onMessage: opts.onMessage });
    live.clients.destroy();
    return { saved: live.inventory, stats: live.clients.stats, source: 'live' };
}
function narrowRegions(saved, regions) {
    const keep = (r) => r === 'global' || regions.includes(r);
    return { ...saved, regions, collections: saved.collections.filter((s) => keep(s.region)), resources: saved.resources.filter((r) => keep(r.region)) };
}
