import { conditionHolds } from './conditions.js';
import { actionMatches, globMatch, substitute } from './patterns.js';
import { describeStatement, statementsOf } from './policy.js';
import { accountOf, excludedByNotPrincipal, matchPrincipal } from './principals.js';
const parsedCache = new WeakMap();
/** statementsOf, remembered per document object: probes evaluate one document many times. */
function parsedStatements(doc) {
    if (!doc || typeof doc !== 'object')
        return statementsOf(doc);
    let s = parsedCache.get(doc);
    if (!s)
        parsedCache.set(doc, (s = statementsOf(doc)));
    return s;
}
const isNamed = (p) => !!p && typeof p === 'object' && 'document' in p && !('Statement' in p);
export function contextValues(context = {}) {
    const m = new Map();
    for (const [k, v] of Object.entries(context))
        m.set(k.toLowerCase(), Array.isArray(v) ? v.map(String) : [String(v)]);
    return m;
}
function resourceMatches(s, req, ctx, kind) {
    const patterns = s.resource ?? s.notResource;
    // A resource policy may leave Resource out (trust policies do): it is about the resource it is attached to.
    if (!patterns)
        return kind === 'resource';
    if (req.resource === undefined)
        return true;
    const res = req.resource;
    const hit = patterns.some((p) => {
        const v = substitute(p, ctx, s.variables);
        return v !== undefined && globMatch(v, res);
    });
    return s.resource ? hit : !hit;
}
function actionMatchesStatement(s, action) {
    if (s.action)
        return s.action.some((p) => actionMatches(p, action));
    if (s.notAction)
        return !s.notAction.some((p) => actionMatches(p, action));
    return false;
}
/** Do the statement's conditions hold for this request? Keys are ANDed, each key's values ORed. */
export function conditionsHold(s, ctx, openKeys) {
    for (const [operator, byKey] of Object.entries(s.condition))
        for (const [key, values] of Object.entries(byKey)) {
            const holds = !ctx.has(key.toLowerCase()) && openKeys?.(key) ? s.effect === 'Allow' : conditionHolds(operator, key, values, ctx, s.variables);
            if (!holds)
                return false;
        }
    return true;
}
/** How a statement applies to the request: false, or (for resource policies) how the principal was named. */
export function statementApplies(s, req, ctx, kind) {
    let via = 'direct';
    if (kind === 'resource') {
        if (s.principal)
            via = matchPrincipal(s.principal, req.principal);
        else if (s.notPrincipal)
            via = excludedByNotPrincipal(s.notPrincipal, req.principal) ? false : 'direct';
        else
            via = false;
        if (!via)
            return false;
    }
    if (!actionMatchesStatement(s, req.action))
        return false;
    if (!resourceMatches(s, req, ctx, kind))
        return false;
    return conditionsHold(s, ctx, req.openKeys) ? via : false;
}
const REQUIRES_RESOURCE_POLICY = [/^sts:assumerole/i, /^kms:/i];
export function evaluateRequest(input) {
    const { request } = input;
    const ctx = contextValues(request.context);
    const matched = [];
    const collect = (doc, policy, kind) => {
        for (const s of parsedStatements(doc)) {
            const via = statementApplies(s, request, ctx, kind);
            if (via)
                matched.push({ policy, statement: s.sid ?? s.index, label: describeStatement(s, s.index), effect: s.effect, ...(kind === 'resource' && s.effect === 'Allow' ? { via } : {}) });
        }
    };
    const callerHasIdentity = request.principal.type === 'AWS';
    if (callerHasIdentity)
        (input.identityPolicies ?? []).forEach((p, i) => collect(isNamed(p) ? p.document : p, isNamed(p) ? p.name : `identity#${i + 1}`, 'identity'));
    if (input.resourcePolicy !== undefined)
        collect(isNamed(input.resourcePolicy) ? input.resourcePolicy.document : input.resourcePolicy, 'resource', 'resource');
    const denies = matched.filter((m) => m.effect === 'Deny');
    if (denies.length)
        return { decision: 'ExplicitDeny', matched, reasons: denies.map((d) => `explicit Deny in ${d.policy} ${d.label}`) };
    const allows = matched.filter((m) => m.effect === 'Allow');
    const identity = allows.filter((m) => m.policy !== 'resource');
    const resource = allows.filter((m) => m.policy === 'resource');
    const direct = resource.filter((m) => m.via === 'direct');
    const identityKnown = input.identityPolicies !== undefined;
    const identityAllows = identity.length > 0;
    // Where an identity Allow is needed on top of the resource policy but identity policies were not given, assume it.
    const identityForDelegation = identityKnown ? identityAllows : true;
    const reasons = [];
    let allowed;
    if (!callerHasIdentity) {
        allowed = resource.length > 0;
        reasons.push(allowed ? `resource policy allows the ${request.principal.type.toLowerCase()} caller` : `no resource policy statement allows the ${request.principal.type.toLowerCase()} caller`);
    }
    else {
        const callerAccount = accountOf(request.principal);
        const resourceAccount = request.resourceAccount ?? (request.resource ? /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(request.resource)?.[1] : undefined);
        const sameAccount = !resourceAccount || !callerAccount || resourceAccount === callerAccount;
        if (sameAccount) {
            const needsResourcePolicy = input.resourcePolicy !== undefined && REQUIRES_RESOURCE_POLICY.some((r) => r.test(request.action));
            const byIdentity = !needsResourcePolicy && identityAllows;
            const byDelegation = resource.length > 0 && identityForDelegation;
            allowed = byIdentity || direct.length > 0 || byDelegation;
            if (byIdentity)
                reasons.push('an identity policy allows the request (same account)');
            if (direct.length)
                reasons.push('the resource policy allows the principal by name');
            else if (byDelegation)
                reasons.push(identityKnown ? 'the resource policy allows the account and an identity policy allows the principal' : 'the resource policy allows the account (identity policies assumed to allow)');
            if (!allowed)
                reasons.push(needsResourcePolicy && identityAllows ? `an identity policy allows ${request.action}, but the resource policy must allow it too` : 'no statement allows the request');
        }
        else {
            allowed = resource.length > 0 && identityForDelegation;
            if (!resource.length)
                reasons.push(`cross-account request (${callerAccount} → ${resourceAccount}): the resource policy does not allow it`);
            else if (!identityForDelegation)
                reasons.push(`cross-account request (${callerAccount} → ${resourceAccount}): the resource policy allows it but no identity policy of the caller does`);
            else
                reasons.push(`cross-account request: the resource policy allows it${identityKnown ? ' and an identity policy of the caller does too' : ' (identity policies of the caller assumed to allow)'}`);
        }
    }
    return { decision: allowed ? 'Allow' : 'ImplicitDeny', matched, reasons };
}
/** The resource-policy and identity statements that decided an Allow, for evidence. */
export const allowingStatements = (r) => r.matched.filter((m) => m.effect === 'Allow');
