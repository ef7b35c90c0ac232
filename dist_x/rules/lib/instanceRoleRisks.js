import { administrativeGrants } from '../../analysis/iam/privileges.js';
import { roleMayCall } from './roleAccess.js';
const probe = {
    role: (a) => `arn:aws:iam::${a}:role/posture-probe-any-role`,
    user: (a) => `arn:aws:iam::${a}:user/posture-probe-any-user`,
    group: (a) => `arn:aws:iam::${a}:group/posture-probe-any-group`,
    policy: (a) => `arn:aws:iam::${a}:policy/posture-probe-any-policy`,
    trail: (a) => `arn:aws:cloudtrail:posture-probe-region-1:${a}:trail/posture-probe-any-trail`,
    logGroup: (a) => `arn:aws:logs:posture-probe-region-1:${a}:log-group:posture-probe-any-group:*`,
    logStream: (a) => `arn:aws:logs:posture-probe-region-1:${a}:log-group:posture-probe-any-group:log-stream:posture-probe-any-stream`,
    config: (a) => `arn:aws:config:posture-probe-region-1:${a}:config-recorder/posture-probe-any`,
    key: (a) => `arn:aws:kms:posture-probe-region-1:${a}:key/posture-probe-any-key`,
};
/**
 * Privilege escalation: the IAM write actions Rhino Security Labs lists as escalation methods
 * (new policy versions, attaching or writing policies, new keys or passwords for other users,
 * rewriting trust) and iam:PassRole on every role.
 */
const ACTIONS = [
    { category: 'privilege escalation', action: 'iam:PassRole', resource: probe.role },
    { category: 'privilege escalation', action: 'iam:CreatePolicyVersion', resource: probe.policy },
    { category: 'privilege escalation', action: 'iam:SetDefaultPolicyVersion', resource: probe.policy },
    { category: 'privilege escalation', action: 'iam:AttachRolePolicy', resource: probe.role },
    { category: 'privilege escalation', action: 'iam:PutRolePolicy', resource: probe.role },
    { category: 'privilege escalation', action: 'iam:UpdateAssumeRolePolicy', resource: probe.role },
    { category: 'privilege escalation', action: 'iam:AttachUserPolicy', resource: probe.user },
    { category: 'privilege escalation', action: 'iam:PutUserPolicy', resource: probe.user },
    { category: 'privilege escalation', action: 'iam:CreateAccessKey', resource: probe.user },
    { category: 'privilege escalation', action: 'iam:CreateLoginProfile', resource: probe.user },
    { category: 'privilege escalation', action: 'iam:UpdateLoginProfile', resource: probe.user },
    { category: 'privilege escalation', action: 'iam:AddUserToGroup', resource: probe.group },
    { category: 'privilege escalation', action: 'iam:AttachGroupPolicy', resource: probe.group },
    { category: 'privilege escalation', action: 'iam:PutGroupPolicy', resource: probe.group },
    { category: 'log tampering', action: 'cloudtrail:StopLogging', resource: probe.trail },
    { category: 'log tampering', action: 'cloudtrail:DeleteTrail', resource: probe.trail },
    { category: 'log tampering', action: 'cloudtrail:UpdateTrail', resource: probe.trail },
    { category: 'log tampering', action: 'cloudtrail:PutEventSelectors', resource: probe.trail },
    { category: 'log tampering', action: 'logs:DeleteLogGroup', resource: probe.logGroup },
    { category: 'log tampering', action: 'logs:DeleteLogStream', resource: probe.logStream },
    { category: 'log tampering', action: 'config:StopConfigurationRecorder', resource: probe.config },
    { category: 'log tampering', action: 'config:DeleteConfigurationRecorder', resource: probe.config },
    { category: 'log tampering', action: 'config:DeleteDeliveryChannel', resource: probe.config },
    { category: 'KMS key destruction', action: 'kms:ScheduleKeyDeletion', resource: probe.key },
    { category: 'KMS key destruction', action: 'kms:DisableKey', resource: probe.key },
    { category: 'KMS key destruction', action: 'kms:DeleteImportedKeyMaterial', resource: probe.key },
    { category: 'KMS key destruction', action: 'kms:PutKeyPolicy', resource: probe.key },
];
export function instanceRoleRisks(role, policies) {
    const account = role.arn?.split(':')[4] || role.account;
    const admin = administrativeGrants(policies, account);
    if (admin.length)
        return [{ category: 'administrative access', action: '*:*', statements: admin.map((m) => `${m.policy} ${m.label}`) }];
    const out = [];
    for (const a of ACTIONS) {
        const statements = roleMayCall(role, policies, a.action, a.resource(account));
        if (statements.length)
            out.push({ category: a.category, action: a.action, statements });
    }
    return out;
}
/**
 * AWS managed policies commonly attached to instance roles whose documents grant none of the
 * actions above (Systems Manager core, CloudWatch agent, ECR pulls, EKS and ECS nodes). posture
 * does not collect AWS managed policy documents, so any other AWS managed policy leaves the
 * answer unknown.
 */
export const AWS_MANAGED_WITHOUT_RISKY_ACTIONS = new Set([
    'AmazonSSMManagedInstanceCore',
    'AmazonSSMManagedEC2InstanceDefaultPolicy',
    'CloudWatchAgentServerPolicy',
    'AmazonEC2ContainerRegistryReadOnly',
    'AmazonEC2ContainerRegistryPullOnly',
    'AmazonEKSWorkerNodePolicy',
    'AmazonEKS_CNI_Policy',
    'AmazonEC2ContainerServiceforEC2Role',
    'AmazonS3ReadOnlyAccess',
]);
