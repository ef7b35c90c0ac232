import { inCidrBlock } from './cidr.js';
import { evaluateRequest } from './evaluate.js';
import { arnParts, globMatch } from './patterns.js';
import { conditionEntries } from './policy.js';
const CLASSES = {
    'aws:sourceaccount': 'account',
    'aws:principalaccount': 'account',
    'aws:sourceowner': 'account',
    'kms:calleraccount': 'account',
    'aws:resourceaccount': 'account',
    'aws:sourcearn': 'arn',
    'aws:principalarn': 'arn',
    'aws:sourceip': 'ip',
};
/** The class of a key: by name, else ARN when every policy value for it is an ARN. */
export function keyClass(key, values) {
    const known = CLASSES[key.toLowerCase()];
    if (known)
        return known;
    if (/account$/i.test(key))
        return 'account';
    return values.length > 0 && values.every((v) => v.startsWith('arn:')) ? 'arn' : 'text';
}
export const PUBLIC_ADDRESSES = ['8.8.8.8', '1.1.1.1', '52.94.0.1', '203.0.113.250', '198.51.100.250', '2001:4860:4860::8888', '2606:4700::1111'];
/** A range this wide (IPv4 /8, IPv6 /16 or wider) holds addresses anyone can rent. */
const BROAD = { ipv4: 8, ipv6: 16 };
const fill = (s, own) => s.replace(/\*/g, 'outsider').replace(/\?/g, 'x').replace(/\$\{[^}]*\}/g, own);
/** Values an outsider owning `account` can give a key, given the values the policy compares it with. */
export function outsiderValues(key, policyValues, account) {
    const cls = keyClass(key, policyValues);
    const out = new Set();
    const patterns = policyValues.filter((v) => !v.includes('${'));
    if (cls === 'account')
        out.add(account);
    else if (cls === 'ip') {
        const v4 = PUBLIC_ADDRESSES.filter((a) => !a.includes(':')).find((a) => !policyValues.some((c) => inCidrBlock(c, a)));
        const v6 = PUBLIC_ADDRESSES.filter((a) => a.includes(':')).find((a) => !policyValues.some((c) => inCidrBlock(c, a)));
        for (const a of [v4, v6])
            if (a)
                out.add(a);
        for (const c of policyValues) {
            const prefix = Number(c.split('/')[1] ?? 128);
            const broad = c.includes(':') ? prefix <= BROAD.ipv6 : prefix <= BROAD.ipv4;
            const inside = broad ? PUBLIC_ADDRESSES.find((a) => inCidrBlock(c, a)) : undefined;
            if (inside)
                out.add(inside);
        }
    }
    else if (cls === 'arn') {
        out.add(`arn:aws:outsider:us-east-1:${account}:outsider/outsider`);
        for (const p of patterns) {
            const parts = arnParts(p);
            if (!parts)
                continue;
            const acct = parts[4];
            if (acct !== '' && !/[*?]/.test(acct))
                continue; // names a concrete account: binds to it
            if (acct === '' && !/^[*?]/.test(parts[5]))
                continue; // account-less ARN naming a concrete resource
            if (acct !== '' && !globMatch(acct, account))
                continue;
            out.add([...parts.slice(0, 4).map((s) => fill(s, account)), acct === '' ? '' : account, fill(parts[5], account)].join(':'));
        }
    }
    else {
        out.add(/orgpaths$/i.test(key) ? 'o-outsider/r-outsider/ou-outsider/' : /orgid$/i.test(key) ? 'o-outsider' : /vpce$/i.test(key) ? 'vpce-outsider' : /vpc$/i.test(key) ? 'vpc-outsider' : 'outsider');
        // An id whose wildcard starts right after its type prefix ("vpce-*", "o-*", "AROA*") names no one in particular.
        for (const p of patterns)
            if (/^[*?]/.test(p.replace(/^(vpce-|vpc-|o-|AROA|AIDA|ASIA|AKIA)/, '')))
                out.add(fill(p, account));
    }
    return [...out];
}
/** Policy values compared with each key (lower-cased), over every statement. */
export function policyValuesByKey(statements) {
    const m = new Map();
    for (const s of statements)
        for (const c of conditionEntries(s)) {
            const e = m.get(c.key.toLowerCase()) ?? { key: c.key, values: [] };
            e.values.push(...c.values);
            m.set(c.key.toLowerCase(), e);
        }
    return m;
}
/** An account id that appears nowhere in the document, for the synthetic outsider. */
export function outsiderAccount(doc, avoid = []) {
    const text = typeof doc === 'string' ? doc : JSON.stringify(doc ?? null);
    for (let n = 999999999999;; n--) {
        const a = String(n);
        if (!text.includes(a) && !avoid.includes(a))
            return a;
    }
}
/** Concrete instances of a statement's Action / Resource patterns (wildcards filled). */
function actionsToTry(s) {
    if (s.action)
        return [...new Set(s.action.map((a) => (a === '*' ? 'outsider:OutsiderAction' : a.replace(/\*/g, 'Outsider').replace(/\?/g, 'X'))))];
    const fresh = 'postureoutsider:OutsiderAction';
    return s.notAction && !s.notAction.some((p) => globMatch(p, fresh, true)) ? [fresh] : [];
}
function resourcesToTry(s) {
    if (!s.resource || s.resource.some((r) => r.includes('${')))
        return [undefined];
    return [...new Set(s.resource.map((r) => (r === '*' ? undefined : r.replace(/\*/g, 'outsider').replace(/\?/g, 'x'))))];
}
const MAX_EVALUATIONS = 4096;
/**
 * Searches for a request of the scenario that the policy allows through statement `target`.
 * Bound keys not in the scenario are absent; every other key is open.
 */
export function probe(doc, target, scenario, bound, extra = {}) {
    const choices = [
        ...Object.entries(scenario.present).map(([k, v]) => [k, v]),
        ...Object.entries(scenario.optional).map(([k, v]) => [k, [...v, undefined]]),
    ];
    const openKeys = (key) => !bound.has(key.toLowerCase());
    let budget = MAX_EVALUATIONS;
    for (const action of actionsToTry(target))
        for (const resource of resourcesToTry(target)) {
            const assign = (i, context) => {
                if (budget <= 0)
                    return undefined;
                if (i === choices.length) {
                    budget--;
                    const principalArn = context['aws:principalarn'];
                    const principal = typeof principalArn === 'string' && scenario.principal.type === 'AWS' ? { ...scenario.principal, arn: principalArn } : scenario.principal;
                    const request = { principal, action, resource, context: { ...context }, openKeys, ...extra };
                    const result = evaluateRequest({ resourcePolicy: doc, request });
                    const hit = result.decision === 'Allow' && result.matched.some((m) => m.policy === 'resource' && m.effect === 'Allow' && m.statement === (target.sid ?? target.index));
                    return hit ? { scenario: scenario.name, request, result } : undefined;
                }
                const [key, values] = choices[i];
                for (const v of values) {
                    const next = { ...context };
                    if (v !== undefined)
                        next[key] = /orgpaths$/i.test(key) ? [v] : v;
                    const found = assign(i + 1, next);
                    if (found)
                        return found;
                }
                return undefined;
            };
            const found = assign(0, {});
            if (found)
                return found;
        }
    return undefined;
}
/** Candidate values for each bound key, from the policy's own values. */
export function candidates(statements, keys, account) {
    const byKey = policyValuesByKey(statements);
    const out = {};
    for (const k of keys)
        out[k] = outsiderValues(k, byKey.get(k.toLowerCase())?.values ?? [], account);
    return out;
}
