import { setTimeout as sleep } from 'node:timers/promises';
import { ClientFactory } from '../aws/clientFactory.js';
import { COLLECTORS_BY_ID } from '../collectors/index.js';
import { runUnit } from '../collectors/run.js';
import { PostureError } from '../core/errors.js';
import { assumedRoleCredentials } from '../scan/accounts.js';
import { SharedRequestBudget } from './requestBudget.js';
import { claim, complete, finishedResources, finishedStatuses, renewClaims, unitCounts } from './units.js';
export const DEFAULT_LEASE_MS = 10 * 60_000;
/**
 * Claims and runs units of one scan until none is left to run. It stays while other workers hold
 * units, so a unit whose worker died (its lease expires) is still taken over and finished.
 */
export async function work(opts) {
    const started = Date.now();
    const { db, scan, workerId } = opts;
    const plan = scan.plan;
    const collectors = new Map(plan.collectors.map((id) => [id, knownCollector(id)]));
    const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
    // The scan's own budget, shared with every other worker; this worker's limits apply as well.
    const sharedBudget = plan.maxRps ? new SharedRequestBudget(db, scan.id, plan.maxRps) : undefined;
    const base = new ClientFactory({ profile: opts.profile, ...opts.limits, sharedBudget });
    const perAccount = new Map();
    const clientsFor = (account) => {
        let f = perAccount.get(account);
        if (!f) {
            const roleArn = plan.targets.find((t) => t.account === account)?.roleArn;
            f = roleArn ? base.withCredentials(assumedRoleCredentials(base, roleArn, plan.apiRegion, plan.externalId)) : base;
            perAccount.set(account, f);
        }
        return f;
    };
    const summary = { worker: workerId, units: 0, ok: 0, failed: 0, dropped: 0, calls: 0, ms: 0 };
    const heartbeat = setInterval(() => renewClaims(db, scan.id, workerId), Math.max(50, leaseMs / 3));
    heartbeat.unref();
    const slot = async () => {
        for (;;) {
            const unit = claim(db, scan.id, workerId, { leaseMs, maxAttempts: opts.maxAttempts ?? 3 });
            if (!unit) {
                const left = unitCounts(db, scan.id);
                if (!left.pending && !left.claimed)
                    return;
                await sleep(opts.pollMs ?? 500);
                continue;
            }
            const collector = collectors.get(unit.collector);
            const reads = dependencyClosure(collector, collectors);
            let soFar;
            const result = await runUnit({
                clients: clientsFor(unit.account),
                account: unit.account,
                region: unit.region,
                collector,
                apiRegion: plan.apiRegion,
                // Loaded on first use: the claim guaranteed these units are finished.
                collectedSoFar: (type) => (soFar ??= finishedResources(db, scan.id, unit.account, reads)).filter((r) => r.type === type),
                inputs: finishedStatuses(db, scan.id, unit.account, reads),
            });
            if (!complete(db, unit, workerId, result)) {
                summary.dropped++;
                continue;
            }
            summary.units++;
            if (result.status.state === 'ok')
                summary.ok++;
            else
                summary.failed++;
            opts.onUnitDone?.(result.status);
        }
    };
    try {
        await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 4) }, slot));
    }
    finally {
        clearInterval(heartbeat);
        for (const f of perAccount.values())
            if (f !== base)
                f.destroy();
        base.destroy();
    }
    summary.calls = base.stats.total;
    summary.ms = Date.now() - started;
    return summary;
}
function knownCollector(id) {
    const c = COLLECTORS_BY_ID.get(id);
    if (!c)
        throw new PostureError(`the scan needs collector ${id}, which this version of posture does not have; run the workers with the version that planned it`);
    return c;
}
/** Every planned collector this one reads, directly or through another. */
function dependencyClosure(c, planned) {
    const out = new Set();
    const visit = (d) => {
        for (const id of d.dependsOn ?? []) {
            const dep = planned.get(id);
            if (dep && !out.has(id)) {
                out.add(id);
                visit(dep);
            }
        }
    };
    visit(c);
    return [...out];
}
