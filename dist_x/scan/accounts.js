import { classifyAwsError } from '../aws/errors.js';
import { PostureError } from '../core/errors.js';
const ACCOUNT_ID = /^\d{12}$/;
/** The accounts a scan covers, with the role to reach each. */
export async function resolveTargets(clients, caller, t, region) {
    for (const id of [...(t.accounts ?? []), ...(t.excludeAccounts ?? [])])
        if (!ACCOUNT_ID.test(id))
            throw new PostureError(`account id "${id}": expected 12 digits`);
    if (t.roleArn) {
        const m = /^arn:aws[\w-]*:iam::(\d{12}):role\/.+$/.exec(t.roleArn);
        if (!m)
            throw new PostureError(`--role-arn ${t.roleArn}: not an IAM role ARN`);
        return [{ account: m[1], roleArn: t.roleArn }];
    }
    if (!t.org) {
        if (t.accounts?.length || t.roleName)
            throw new PostureError('--accounts and --role-name need --org (or give --role-arn for one account)');
        return [{ account: caller }];
    }
    if (!t.roleName)
        throw new PostureError('--org needs --role-name (the role to assume in each member account)');
    const listed = await organizationAccounts(clients, region);
    const chosen = listed.filter((a) => (!t.accounts?.length || t.accounts.includes(a)) && !t.excludeAccounts?.includes(a));
    for (const a of t.accounts ?? [])
        if (!listed.includes(a))
            throw new PostureError(`--accounts ${a}: not an active account of the organization`);
    const partition = /^arn:(aws[\w-]*):/.exec(t.roleArn ?? '')?.[1] ?? 'aws';
    // The caller's own account is scanned with its own credentials: the member role rarely exists there.
    return chosen.map((account) => (account === caller ? { account } : { account, roleArn: `arn:${partition}:iam::${account}:role/${t.roleName}` }));
}
async function organizationAccounts(clients, region) {
    const { OrganizationsClient, paginateListAccounts } = await import('@aws-sdk/client-organizations');
    const ids = [];
    try {
        for await (const page of paginateListAccounts({ client: clients.get(OrganizationsClient, region), pageSize: 20 }, {}))
            for (const a of page.Accounts ?? [])
                if (a.Id && (a.State ?? a.Status) === 'ACTIVE')
                    ids.push(a.Id);
    }
    catch (e) {
        throw new PostureError(`cannot list the organization's accounts (organizations:ListAccounts, from the management or a delegated administrator account): ${classifyAwsError(e).message}`);
    }
    return ids.sort();
}
/**
 * Credentials for a role, assumed on first use and assumed again five minutes before they expire,
 * so a long organization scan never runs on expired keys. The session name says it is posture.
 */
export function assumedRoleCredentials(clients, roleArn, region, externalId) {
    let cached;
    // Clients of the account start together: they share one AssumeRole in flight instead of each sending one.
    let pending;
    return async () => {
        if (cached?.expiration && cached.expiration.getTime() - Date.now() > 5 * 60_000)
            return cached;
        pending ??= assume().finally(() => (pending = undefined));
        return pending;
    };
    async function assume() {
        const { STSClient, AssumeRoleCommand } = await import('@aws-sdk/client-sts');
        const res = await clients.get(STSClient, region).send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: `posture-scan-${Date.now()}`, ExternalId: externalId, DurationSeconds: 3600 }));
        const c = res.Credentials;
        if (!c?.AccessKeyId || !c.SecretAccessKey)
            throw new Error(`AssumeRole ${roleArn} returned no credentials`);
        cached = { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration };
        return cached;
    }
}
