import { allowingStatements, evaluateRequest } from '../../analysis/iam/evaluate.js';
import { error } from '../../engine/defineRule.js';
import { administrativeStatements } from './iamStatements.js';
import { named, resourceRef } from './refs.js';
/**
 * Statements of an identity policy that allow `action` on a resource it cannot know by name, i.e.
 * on every such resource ("*", "group/*", any region). Other conditions go the holder's way, as in
 * analysis/iam/privileges.ts, since the holder chooses how it calls.
 */
export function grantsOnUnnamedResource(doc, p) {
    const r = evaluateRequest({
        identityPolicies: [doc],
        request: {
            principal: { type: 'AWS', arn: `arn:aws:iam::${p.account}:role/posture-policy-holder`, account: p.account },
            action: p.action,
            resource: p.resource,
            openKeys: (key) => !p.resourceKeys.test(key),
        },
    });
    return r.decision === 'Allow' ? allowingStatements(r).map((m) => m.label) : [];
}
/**
 * Judges each customer managed policy's default version. Unreadable versions are ERROR; policies
 * that grant full administrative access are skipped, since iam_policy_no_administrative_privileges
 * reports them once rather than once per service.
 */
export function judgeCustomerPolicies(inventory, account, judge) {
    const out = [];
    for (const policy of inventory.all('AWS::IAM::ManagedPolicy')) {
        const ref = resourceRef(policy);
        const doc = policy.document;
        if (!doc.ok)
            out.push(error(ref, `Could not read the default version of policy ${named(policy)}: ${doc.error}`));
        else if (doc.value === null)
            out.push(error(ref, `The default version of policy ${named(policy)} was not found (deleted during the scan?).`));
        else {
            const owner = policy.account ?? account;
            if (!administrativeStatements(doc.value, owner).length)
                out.push(judge(policy, doc.value, owner, ref));
        }
    }
    return out;
}
