import { evaluateRequest } from './evaluate.js';
/**
 * What an identity policy set lets its holder do, asked with probe requests. Conditions go the
 * holder's way (every key is open: an Allow with a condition still counts, a conditional Deny is
 * assumed not to apply), since the holder chooses how it calls; unconditional Denies count.
 */
/** A caller holding the policies, in `account` (any account id works when unknown). */
const holder = (account) => ({ type: 'AWS', arn: `arn:aws:iam::${account}:role/posture-policy-holder`, account });
const OPEN = () => true;
function allowedBy(policies, account, req) {
    const r = evaluateRequest({ identityPolicies: policies, request: { principal: holder(account), openKeys: OPEN, ...req } });
    return r.decision === 'Allow' ? r.matched.filter((m) => m.effect === 'Allow') : undefined;
}
/** Services whose service-wide "*" is treated as administrative. */
export const SENSITIVE_SERVICES = ['iam', 'kms', 's3', 'sts', 'organizations', 'ec2'];
/** A resource of `service` that only a wildcard Resource covers. */
export function probeResource(service, account) {
    if (service === 's3')
        return 'arn:aws:s3:::posture-probe-bucket/posture-probe-object';
    if (service === 'iam')
        return `arn:aws:iam::${account}:role/posture-probe-any-role`;
    return `arn:aws:${service}:posture-probe-region-1:${account}:posture-probe/any`;
}
/** An action of `service` that only a wildcard Action covers. */
const probeAction = (service) => `${service}:PostureProbeUnlistedAction`;
const DEFAULT_ACCOUNT = '000000000000';
/**
 * Full administrative access ("*:*" on "*"): the policies allow an action of a service they cannot
 * know of, on any resource, and a privileged action of every sensitive service (so `NotAction`
 * that carves out IAM, or a Deny of it, is not full admin). Returns the allowing statements.
 */
export function administrativeGrants(policies, account = DEFAULT_ACCOUNT) {
    const unknown = allowedBy(policies, account, { action: probeAction('postureprobeservice'), resource: probeResource('postureprobeservice', account) });
    if (!unknown)
        return [];
    for (const service of SENSITIVE_SERVICES)
        if (!allowedBy(policies, account, { action: probeAction(service), resource: probeResource(service, account) }))
            return [];
    return unknown;
}
/**
 * Statements through which the policies allow `action` on a resource only a wildcard covers:
 * iam:PassRole on every role, kms:Decrypt on every key, … Returns [] when not allowed.
 */
export function wildcardResourceGrants(policies, action, account = DEFAULT_ACCOUNT) {
    const service = action.split(':')[0].toLowerCase();
    return allowedBy(policies, account, { action, resource: probeResource(service, account) }) ?? [];
}
/** Sensitive services on which the policies allow every action on every resource ("s3:*" on "*"). */
export function serviceWideGrants(policies, account = DEFAULT_ACCOUNT) {
    return SENSITIVE_SERVICES.flatMap((service) => {
        const m = allowedBy(policies, account, { action: probeAction(service), resource: probeResource(service, account) });
        return m ? [{ service, statements: m }] : [];
    });
}
/**
 * Does a resource policy deny `actions` to every caller when the request carries `context`
 * (e.g. aws:SecureTransport=false)? Asked for a principal of the owning account, one of an
 * unknown account, an anonymous caller and a service; other keys go the caller's way. Returns
 * the Deny statements that decide it, or undefined when some caller gets through.
 */
export function deniedForEveryone(doc, actions, context, account = DEFAULT_ACCOUNT) {
    const callers = [holder(account), { type: 'AWS', arn: 'arn:aws:iam::999999999999:role/outsider', account: '999999999999' }, { type: 'Anonymous' }, { type: 'Service', id: 'outsider.amazonaws.com' }];
    const denies = new Map();
    for (const principal of callers)
        for (const action of actions) {
            const r = evaluateRequest({ resourcePolicy: doc, request: { principal, action, context, openKeys: OPEN } });
            if (r.decision !== 'ExplicitDeny')
                return undefined;
            for (const m of r.matched)
                if (m.effect === 'Deny')
                    denies.set(m.label, m);
        }
    return [...denies.values()];
}
