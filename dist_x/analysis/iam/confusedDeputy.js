import { conditionsOn, describeStatement, statementsOf } from './policy.js';
import { candidates, outsiderAccount, probe } from './probes.js';
/**
 * The cross-service confused deputy, decided by evaluation: a grant to a service principal is
 * *bound* when the policy denies the service acting for a resource of ANOTHER account, i.e. a
 * request from the service carrying aws:SourceAccount = another account, aws:SourceArn = an ARN in
 * another account (or the wildcards of the policy's own patterns filled with that account's
 * values), another org (aws:SourceOrgID / aws:SourceOrgPaths) — each key tried present and absent,
 * since not every service sends every key — is not allowed. Every other condition key is left to
 * the caller (see probes.ts). https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
 */
export const SOURCE_KEYS = ['aws:SourceArn', 'aws:SourceAccount', 'aws:SourceOrgID', 'aws:SourceOrgPaths'];
/** Can `service` be allowed through `s` when acting for a resource of another account? */
export function deputyHit(doc, s, service, opts = {}) {
    const keys = [...SOURCE_KEYS, ...(opts.extraKeys ?? [])];
    const other = outsiderAccount(doc);
    const bound = new Set(keys.map((k) => k.toLowerCase()));
    return probe(doc, s, { name: `${service} acting for account ${other}`, principal: { type: 'Service', id: service }, present: {}, optional: candidates(statementsOf(doc), keys, other) }, bound);
}
/** Each Allow that admits a service principal, bound or not. */
export function serviceGrants(doc, opts = {}) {
    const keys = [...SOURCE_KEYS, ...(opts.extraKeys ?? [])];
    const out = [];
    for (const s of statementsOf(doc)) {
        if (s.effect !== 'Allow')
            continue;
        const label = describeStatement(s, s.index);
        for (const service of s.principal?.Service ?? []) {
            const hit = deputyHit(doc, s, service, opts);
            const ctx = Object.entries(hit?.request.context ?? {});
            out.push({
                service,
                statement: label,
                bound: !hit,
                bindings: hit ? [] : conditionsOn(s, keys),
                actions: s.action,
                reason: hit
                    ? `Allow for ${service} in ${label} also admits a request for another account's resource (${ctx.length ? ctx.map(([k, v]) => `${k}=${v}`).join(', ') : `no ${SOURCE_KEYS.join('/')} in the request`})`
                    : `Allow for ${service} in ${label} is denied for another account's resources by its source conditions`,
            });
        }
    }
    return out;
}
/** Grants to services that no source condition binds: the confused-deputy exposure. */
export function unboundServiceGrants(doc, opts = {}) {
    return serviceGrants(doc, opts).filter((g) => !g.bound);
}
