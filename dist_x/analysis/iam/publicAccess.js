import { arnParts } from './patterns.js';
import { describeStatement, statementsOf } from './policy.js';
import { principalAccount } from './principals.js';
import { candidates, outsiderAccount, outsiderValues, policyValuesByKey, probe } from './probes.js';
export { principalAccount };
/**
 * Who a resource or trust policy lets in from outside, decided by evaluating the policy for
 * synthetic outsiders (see probes.ts for the method): "public" means some request from an account
 * that appears nowhere in the policy (as an IAM role, anonymously, or as an AWS service acting
 * for that account's resources) is allowed, once conditions and Deny statements are applied.
 */
/** Global keys that say who the caller is or where the request comes from: an outsider cannot choose their values freely. */
export const RESTRICTING_KEYS = [
    'aws:SourceAccount',
    'aws:SourceArn',
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:SourceIp',
    'aws:VpcSourceIp',
    'aws:userid',
];
const PRINCIPAL_KEYS = ['aws:PrincipalAccount', 'aws:PrincipalArn', 'aws:userid'];
const ORG_KEYS = ['aws:PrincipalOrgID', 'aws:PrincipalOrgPaths'];
const NETWORK_KEYS = ['aws:SourceIp', 'aws:SourceVpc', 'aws:SourceVpce', 'aws:VpcSourceIp'];
const SOURCE_KEYS = ['aws:SourceAccount', 'aws:SourceArn', 'aws:SourceOrgID', 'aws:SourceOrgPaths'];
function pick(from, keys) {
    return Object.fromEntries(keys.filter((k) => k in from).map((k) => [k, from[k]]));
}
/** The three kinds of outsider request, with the bound keys each carries or may carry. */
export function outsiderScenarios(statements, account, extraKeys = []) {
    const c = candidates(statements, [...RESTRICTING_KEYS, ...extraKeys], account);
    const arn = `arn:aws:iam::${account}:role/outsider`;
    const principalArns = [arn, ...c['aws:PrincipalArn'].filter((a) => a !== arn && /^arn:[^:]+:(iam|sts)::/.test(a))];
    const extra = pick(c, extraKeys);
    return [
        {
            name: `an IAM role of account ${account}`,
            principal: { type: 'AWS', arn, account },
            present: { 'aws:PrincipalAccount': [account], 'aws:PrincipalArn': principalArns, 'aws:userid': c['aws:userid'].map((u) => (u === 'outsider' ? 'AROAOUTSIDER:outsider' : u)) },
            optional: { ...pick(c, [...ORG_KEYS, ...NETWORK_KEYS]), ...extra },
        },
        { name: 'an anonymous caller', principal: { type: 'Anonymous' }, present: {}, optional: { ...pick(c, NETWORK_KEYS), ...extra } },
        {
            name: `an AWS service acting for account ${account}`,
            principal: { type: 'Service', id: 'outsider.amazonaws.com' },
            present: {},
            optional: { ...pick(c, SOURCE_KEYS), ...extra },
        },
    ];
}
const describeContext = (hit) => {
    const entries = Object.entries(hit.request.context ?? {});
    return `${hit.scenario} calling ${hit.request.action}${entries.length ? ` with ${entries.map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('|') : v}`).join(', ')}` : ' with none of the restricting keys'}`;
};
function principalText(s) {
    if (s.notPrincipal)
        return [`NotPrincipal ${JSON.stringify(s.notPrincipal)}`];
    return Object.entries(s.principal ?? {}).flatMap(([k, vs]) => vs.map((v) => (k === '*' ? '*' : `${k}:${v}`)));
}
/** Does some outsider request get allowed through this statement? The hit says which. */
export function outsiderHit(doc, s, extraKeys = []) {
    if (s.effect !== 'Allow')
        return undefined;
    const statements = statementsOf(doc);
    const account = outsiderAccount(doc);
    const bound = new Set([...RESTRICTING_KEYS, ...extraKeys].map((k) => k.toLowerCase()));
    for (const scenario of outsiderScenarios(statements, account, extraKeys)) {
        const hit = probe(doc, s, scenario, bound);
        if (hit)
            return hit;
    }
    return undefined;
}
/** Account ids a policy names, in principals or in account/ARN-valued conditions. */
function namedAccounts(statements) {
    const out = new Set();
    for (const s of statements)
        for (const vs of Object.values(s.principal ?? {}))
            for (const v of vs) {
                const a = principalAccount(v);
                if (a)
                    out.add(a);
            }
    for (const { values } of policyValuesByKey(statements).values())
        for (const v of values) {
            if (/^\d{12}$/.test(v))
                out.add(v);
            const m = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(v);
            if (m)
                out.add(m[1]);
        }
    return [...out];
}
/**
 * Can a caller of account `account` be allowed through statement `s`? It is tried as an IAM
 * principal of that account (the principals the statement names, or any role), and as a
 * service acting for that account; everything except its identity is open (it may be in any
 * organisation, behind any network).
 */
export function accountHit(doc, s, account, extraKeys = []) {
    if (s.effect !== 'Allow')
        return undefined;
    const statements = statementsOf(doc);
    const named = (s.principal?.AWS ?? []).filter((p) => p.startsWith('arn:') && principalAccount(p) === account && !p.endsWith(':root'));
    const arns = [...named, `arn:aws:iam::${account}:role/posture-probe`];
    const accountKeys = ['aws:PrincipalAccount', 'aws:PrincipalArn', 'aws:SourceAccount', 'aws:SourceArn', 'aws:SourceOwner', 'kms:CallerAccount', ...extraKeys];
    const byKey = policyValuesByKey(statements);
    const values = (k) => outsiderValues(k, byKey.get(k.toLowerCase())?.values ?? [], account);
    // ARNs of that account's resources: the policy's own concrete ones in that account, or wildcards it can fill.
    const concreteArns = (byKey.get('aws:sourcearn')?.values ?? []).filter((v) => arnParts(v)?.[4] === account && !/[*?]/.test(v));
    const sourceArns = [...values('aws:SourceArn'), ...concreteArns];
    const scenarios = [
        { name: `a principal of account ${account}`, principal: { type: 'AWS', arn: arns[0], account }, present: { 'aws:PrincipalAccount': [account], 'aws:PrincipalArn': arns, 'kms:CallerAccount': [account] }, optional: {} },
        { name: `an AWS service acting for account ${account}`, principal: { type: 'Service', id: 'outsider.amazonaws.com' }, present: {}, optional: { 'aws:SourceAccount': [account], 'aws:SourceArn': sourceArns, 'aws:SourceOwner': [account], ...Object.fromEntries(extraKeys.map((k) => [k, values(k)])) } },
    ];
    const bound = new Set(accountKeys.map((k) => k.toLowerCase()));
    for (const scenario of scenarios) {
        const hit = probe(doc, s, scenario, bound, { resourceAccount: undefined });
        if (hit)
            return hit;
    }
    return undefined;
}
/** Accounts outside `trusted` that the policy can allow, each with the statement that does. */
export function externalAccess(doc, trusted, extraKeys = []) {
    const statements = statementsOf(doc);
    const trustedSet = new Set(trusted);
    const out = [];
    for (const account of namedAccounts(statements).filter((a) => !trustedSet.has(a)))
        for (const s of statements) {
            const hit = accountHit(doc, s, account, extraKeys);
            if (!hit)
                continue;
            const principals = (s.principal?.AWS ?? []).filter((p) => principalAccount(p) === account);
            out.push({ account, statement: describeStatement(s, s.index), index: s.index, principals: principals.length ? principals : [`account ${account} (through conditions)`], reason: `${describeContext(hit)} is allowed` });
        }
    return out;
}
/**
 * Allow statements through which an outsider of any account is allowed (`everyone`), plus, when
 * `trustedAccounts` is given, statements through which a named account outside them is (`external-account`).
 */
export function publicStatements(doc, opts = {}) {
    const statements = statementsOf(doc);
    const extra = opts.extraRestrictingKeys ?? [];
    const external = opts.trustedAccounts ? externalAccess(doc, opts.trustedAccounts, extra) : [];
    const out = [];
    for (const s of statements) {
        const hit = outsiderHit(doc, s, extra);
        if (hit)
            out.push({ statement: describeStatement(s, s.index), index: s.index, kind: 'everyone', principals: principalText(s), reason: `${describeContext(hit)} is allowed` });
        const ext = external.filter((e) => e.index === s.index);
        if (ext.length)
            out.push({ statement: describeStatement(s, s.index), index: s.index, kind: 'external-account', principals: [...new Set(ext.flatMap((e) => e.principals))], reason: ext.map((e) => e.reason).join('; ') });
    }
    return out;
}
