import { allowingStatements, evaluateRequest } from '../../analysis/iam/evaluate.js';
import { failed, ok } from '../../inventory/base.js';
import { firstBy } from './lookup.js';
/**
 * AWS managed policies that may sit on a service role and grant no S3 access: their documents are
 * not collected (iam.policies lists customer managed policies only), so only these are known to be
 * harmless. Any other AWS managed policy makes the role's S3 permissions unknown.
 */
export const AWS_MANAGED_WITHOUT_S3 = new Set([
    'AWSLambdaBasicExecutionRole',
    'AWSLambdaVPCAccessExecutionRole',
    'AWSXRayDaemonWriteAccess',
    'AWSXrayWriteOnlyAccess',
    'CloudWatchLambdaInsightsExecutionRolePolicy',
]);
/** The role an ARN names, looked up in the inventory (by ARN, then by name). */
export function findRole(inventory, arn) {
    if (!arn)
        return undefined;
    const name = arn.split('/').pop();
    const roles = inventory.all('AWS::IAM::Role');
    return firstBy(roles, 'arn', (r) => r.arn, arn) ?? roles.find((r) => r.name === name && (!r.arn || r.arn.split(':')[4] === arn.split(':')[4]));
}
/**
 * Every identity policy of the role (inline and attached), or why they cannot all be known:
 * an unreadable list, a customer policy missing from the inventory, an AWS managed policy whose
 * document posture does not hold and that is not known to be harmless (`harmless`).
 */
export function rolePolicies(inventory, role, harmless) {
    if (!role.inlinePolicies.ok)
        return failed(`inline policies: ${role.inlinePolicies.error}`);
    if (!role.attachedPolicyArns.ok)
        return failed(`attached policies: ${role.attachedPolicyArns.error}`);
    const out = (role.inlinePolicies.value ?? []).map((p) => ({ name: `inline ${p.name}`, document: p.document }));
    const managed = inventory.all('AWS::IAM::ManagedPolicy');
    for (const arn of role.attachedPolicyArns.value ?? []) {
        const name = arn.split('/').pop() ?? arn;
        if (/^arn:[^:]+:iam::aws:policy\//.test(arn)) {
            if (harmless.has(name))
                continue;
            return failed(`the AWS managed policy ${arn} is attached and its document is not collected`);
        }
        const p = firstBy(managed, 'arn', (m) => m.arn, arn);
        if (!p)
            return failed(`the attached policy ${arn} is not in the inventory`);
        if (!p.document.ok)
            return failed(`policy ${arn}: ${p.document.error}`);
        if (p.document.value !== null)
            out.push({ name, document: p.document.value });
    }
    return ok(out);
}
/** The statements through which the role may call `action` on `resource` (conditions go its way), or [] when it may not. */
export function roleMayCall(role, policies, action, resource) {
    const account = role.arn?.split(':')[4] ?? role.account;
    const r = evaluateRequest({
        identityPolicies: policies,
        request: { principal: { type: 'AWS', arn: role.arn, account }, action, resource, openKeys: () => true },
    });
    return r.decision === 'Allow' ? allowingStatements(r).map((m) => `${m.policy} ${m.label}`) : [];
}
