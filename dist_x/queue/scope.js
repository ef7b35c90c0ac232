import { ClientFactory } from '../aws/clientFactory.js';
import { resolveTargets } from '../scan/accounts.js';
import { callerAccount, enabledRegions, homeRegion } from '../scan/live.js';
/**
 * Decides what a scan covers the way a one-process scan does (caller, organization accounts,
 * enabled regions), so the planned units are exactly the ones `posture scan` would collect.
 */
export async function scopeFromAws(opts) {
    if (opts.profile)
        process.env.AWS_PROFILE = opts.profile;
    const clients = new ClientFactory({ profile: opts.profile, maxRps: opts.maxRps });
    try {
        const apiRegion = opts.regions?.[0] ?? homeRegion();
        const caller = await callerAccount(clients, apiRegion);
        const targets = await resolveTargets(clients, caller, opts.targets ?? {}, apiRegion);
        const regions = opts.regions?.length ? opts.regions : await enabledRegions(clients, apiRegion);
        return {
            targets,
            externalId: opts.targets?.externalId,
            regions,
            collectors: opts.collectors.map((c) => c.id),
            apiRegion,
            selection: opts.selection,
            ...(opts.maxRps ? { maxRps: opts.maxRps } : {}),
        };
    }
    finally {
        clients.destroy();
    }
}
