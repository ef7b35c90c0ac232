import { classifyAwsError } from '../aws/errors.js';
import { GLOBAL_REGION } from '../core/vocabulary.js';
import { INVENTORY_FORMAT, INVENTORY_VERSION } from '../inventory/schema.js';
import { mapLimit } from './util.js';
/**
 * Runs one (account, region, collector) unit. It never throws: a unit that cannot be read is
 * returned with its state, so callers (one process or a queue worker) record it the same way.
 */
export async function runUnit(opts) {
    const { account, region, collector: c } = opts;
    const started = Date.now();
    const missing = failedInputs(c, region, opts.inputs ?? []);
    if (missing) {
        // Reading the rest would report an incomplete answer (e.g. no user data because no instances
        // were listed) as if it were complete: the unit fails with the reason instead.
        const status = { account, region, collector: c.id, state: missing.state, message: `its input ${missing.collector} in ${missing.region} could not be read (${missing.state}${missing.message ? `: ${missing.message}` : ''})`, resources: 0, durationMs: 0 };
        return { status, resources: [] };
    }
    let result;
    try {
        const found = await c.collect({ account, region, apiRegion: opts.apiRegion, clients: opts.clients, collectedSoFar: opts.collectedSoFar });
        result = { status: { account, region, collector: c.id, state: 'ok', resources: found.length, durationMs: Date.now() - started }, resources: found };
    }
    catch (e) {
        const { state, message } = classifyAwsError(e);
        result = { status: { account, region, collector: c.id, state, message, resources: 0, durationMs: Date.now() - started }, resources: [] };
    }
    opts.clients.stats.units.push({ unit: `${account}/${region}/${c.id}`, ms: result.status.durationMs });
    return result;
}
/**
 * The first failed unit this one reads from: a dependency's unit in the same region or under
 * 'global', or in any region when this unit is global (it reads the whole account).
 */
function failedInputs(c, region, inputs) {
    const deps = new Set(c.dependsOn ?? []);
    if (!deps.size)
        return undefined;
    return inputs.find((s) => deps.has(s.collector) && s.state !== 'ok' && (region === GLOBAL_REGION || s.region === region || s.region === GLOBAL_REGION));
}
/** The regions a collector runs in: every scanned region, or once under 'global'. */
export function unitRegions(c, regions) {
    return c.scope === 'global' ? [GLOBAL_REGION] : regions;
}
/**
 * Fans out over (region × collector) for one account. A unit that fails is recorded with its
 * state and never stops the others. Collectors that read others' output run in a later wave.
 */
export async function collectAccount(opts) {
    const resources = [];
    const collections = [];
    const waves = orderInWaves(opts.collectors);
    const total = opts.collectors.reduce((n, c) => n + unitRegions(c, opts.regions).length, 0);
    let done = 0;
    for (const wave of waves) {
        const units = wave.flatMap((c) => unitRegions(c, opts.regions).map((region) => ({ c, region })));
        const results = await mapLimit(units, opts.concurrency ?? 8, async ({ c, region }) => {
            const r = await runUnit({
                clients: opts.clients,
                account: opts.account,
                region,
                collector: c,
                apiRegion: opts.apiRegion,
                collectedSoFar: (type) => resources.filter((x) => x.type === type),
                inputs: collections,
            });
            opts.onUnitDone?.(r.status, ++done, total);
            return r;
        });
        for (const r of results) {
            collections.push(r.status);
            // One unit can return hundreds of thousands of resources (log groups): spread arguments would overflow the stack.
            for (const x of r.resources)
                resources.push(x);
        }
    }
    return {
        format: INVENTORY_FORMAT,
        version: INVENTORY_VERSION,
        collectedAt: (opts.now?.() ?? new Date()).toISOString(),
        accounts: [opts.account],
        regions: opts.regions,
        collections,
        resources,
    };
}
/** Collectors in waves: each wave reads only what earlier waves produced. */
export function orderInWaves(collectors) {
    const byId = new Map(collectors.map((c) => [c.id, c]));
    const placed = new Set();
    const waves = [];
    let remaining = [...collectors];
    while (remaining.length) {
        const ready = remaining.filter((c) => (c.dependsOn ?? []).every((d) => placed.has(d) || !byId.has(d)));
        if (!ready.length)
            throw new Error(`collector dependency cycle among ${remaining.map((c) => c.id).join(', ')}`);
        waves.push(ready);
        for (const c of ready)
            placed.add(c.id);
        remaining = remaining.filter((c) => !placed.has(c.id));
    }
    return waves;
}
