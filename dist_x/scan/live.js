import { ClientFactory } from '../aws/clientFactory.js';
import { classifyAwsError } from '../aws/errors.js';
import { collectAccount } from '../collectors/run.js';
import { mapLimit } from '../collectors/util.js';
import { assumedRoleCredentials, resolveTargets } from './accounts.js';
import { PostureError } from '../core/errors.js';
/** The region global calls go to: the configured one, else us-east-1. */
export function homeRegion() {
    return process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
}
export async function collectLive(opts) {
    if (opts.profile)
        process.env.AWS_PROFILE = opts.profile;
    const clients = new ClientFactory({ profile: opts.profile, ...opts.limits });
    const apiRegion = opts.regions?.[0] ?? homeRegion();
    const caller = await callerAccount(clients, apiRegion);
    const targets = await resolveTargets(clients, caller, opts.targets ?? {}, apiRegion);
    const regions = opts.regions?.length ? opts.regions : await enabledRegions(clients, apiRegion);
    opts.onMessage?.(`Scanning ${targets.length === 1 ? `account ${targets[0].account}` : `${targets.length} accounts`} in ${regions.length} region(s) with ${opts.collectors.length} collector(s)`);
    // Accounts are scanned two at a time; the request limits are shared across all of them.
    const parts = await mapLimit(targets, 2, async (t) => {
        const scoped = t.roleArn ? clients.withCredentials(assumedRoleCredentials(clients, t.roleArn, apiRegion, opts.targets?.externalId)) : clients;
        const part = await collectAccount({ clients: scoped, account: t.account, regions, collectors: opts.collectors, apiRegion, onUnitDone: opts.onUnitDone });
        scoped.destroy();
        return part;
    });
    return { inventory: mergeInventories(parts), clients };
}
/** One inventory for several accounts; collected independently, they share only the format. */
function mergeInventories(parts) {
    return {
        ...parts[0],
        accounts: parts.flatMap((p) => p.accounts),
        collections: parts.flatMap((p) => p.collections),
        resources: parts.flatMap((p) => p.resources),
    };
}
export async function callerAccount(clients, region) {
    const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
    try {
        const id = await clients.get(STSClient, region).send(new GetCallerIdentityCommand({}));
        if (!id.Account)
            throw new Error('no account in the answer');
        return id.Account;
    }
    catch (e) {
        throw new PostureError(`cannot identify the AWS account (sts:GetCallerIdentity): ${classifyAwsError(e).message}. Check your credentials or --profile.`);
    }
}
/** The regions enabled for the account (opt-in regions only when opted in). */
export async function enabledRegions(clients, region) {
    const { EC2Client, DescribeRegionsCommand } = await import('@aws-sdk/client-ec2');
    try {
        const res = await clients.get(EC2Client, region).send(new DescribeRegionsCommand({ AllRegions: false }));
        const names = (res.Regions ?? []).filter((r) => r.OptInStatus !== 'not-opted-in').map((r) => r.RegionName).filter(Boolean);
        if (!names.length)
            throw new Error('no regions returned');
        return names.sort();
    }
    catch (e) {
        throw new PostureError(`cannot list the account's regions (ec2:DescribeRegions): ${classifyAwsError(e).message}. Name them with --region.`);
    }
}
