/** The account of an AWS principal ("123456789012", "arn:aws:iam::123456789012:role/x"), if it names one. */
export function principalAccount(p) {
    if (/^\d{12}$/.test(p))
        return p;
    return /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(p)?.[1];
}
export function accountOf(p) {
    return p.account ?? (p.arn ? principalAccount(p.arn) : undefined);
}
const isAccountPrincipal = (v) => /^\d{12}$/.test(v) || /^arn:[^:]+:iam::\d{12}:root$/.test(v);
/** The role a session belongs to, as name and account, for matching a role ARN (its path is not in the session ARN). */
function sessionRole(arn) {
    const m = /^arn:[^:]+:sts::(\d{12}):assumed-role\/([^/]+)\//.exec(arn);
    return m ? { account: m[1], name: m[2] } : undefined;
}
/** Does a Principal/NotPrincipal block name this caller? 'account' when only through its account. */
export function matchPrincipal(block, p) {
    let viaAccount = false;
    for (const [kind, values] of Object.entries(block)) {
        const k = kind.toLowerCase();
        if (k === '*') {
            if (values.includes('*'))
                return 'direct';
            continue;
        }
        if (k === 'aws') {
            if (p.type !== 'AWS' && p.type !== 'Anonymous')
                continue;
            if (values.includes('*'))
                return 'direct';
            if (p.type !== 'AWS')
                continue;
            const account = accountOf(p);
            for (const v of values) {
                if (isAccountPrincipal(v)) {
                    if (account && principalAccount(v) === account)
                        viaAccount = true;
                    continue;
                }
                if (!p.arn)
                    continue;
                if (v === p.arn)
                    return 'direct';
                const session = sessionRole(p.arn);
                const role = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(v);
                if (session && role && session.account === role[1] && session.name === role[2])
                    return 'direct';
            }
            continue;
        }
        const type = k === 'service' ? 'Service' : k === 'federated' ? 'Federated' : k === 'canonicaluser' ? 'CanonicalUser' : undefined;
        if (type && p.type === type && p.id) {
            const id = type === 'Service' ? p.id.toLowerCase() : p.id;
            if (values.some((v) => (type === 'Service' ? v.toLowerCase() : v) === id))
                return 'direct';
        }
    }
    return viaAccount ? 'account' : false;
}
/**
 * Is the caller excepted by a NotPrincipal block? AWS checks an IAM caller as a chain — its
 * account, then its role (for a session), then itself — and the exception holds only if every
 * link is listed (reference_policies_elements_notprincipal.html: list the account ARN along
 * with the role or user). Other callers are excepted when the block names them.
 */
export function excludedByNotPrincipal(block, p) {
    if (p.type !== 'AWS')
        return matchPrincipal(block, p) !== false;
    const aws = Object.entries(block).flatMap(([k, v]) => (k.toLowerCase() === 'aws' || k === '*' ? v : []));
    if (aws.includes('*'))
        return true;
    const account = accountOf(p);
    if (!account || !aws.some((v) => isAccountPrincipal(v) && principalAccount(v) === account))
        return false;
    if (!p.arn || /:root$/.test(p.arn))
        return true;
    if (aws.includes(p.arn))
        return true;
    const session = sessionRole(p.arn);
    return !!session && aws.some((v) => {
        const role = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(v);
        return !!role && role[1] === session.account && role[2] === session.name;
    });
}
