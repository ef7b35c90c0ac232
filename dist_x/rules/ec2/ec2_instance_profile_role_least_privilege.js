import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { dlcHostEvidence, dlcNote, liveInstances } from '../lib/hostInstances.js';
import { AWS_MANAGED_WITHOUT_RISKY_ACTIONS, instanceRoleRisks } from '../lib/instanceRoleRisks.js';
import { named, resourceRef } from '../lib/refs.js';
import { rolePolicies } from '../lib/roleIdentityPolicies.js';
import { roleByArn } from '../lib/sagemakerRoles.js';
const awsManagedName = (arn) => /^arn:[^:]+:iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec(arn)?.[1];
export default defineRule({
    id: 'ec2_instance_profile_role_least_privilege',
    title: 'EC2 instance role cannot administer the account, escalate privileges, tamper with logs or destroy KMS keys',
    service: 'ec2',
    topic: 'identity-and-access-management',
    severity: 'high',
    resourceType: 'AWS::EC2::Instance',
    requires: ['ec2.instances', 'iam.instanceProfiles', 'iam.roles', 'iam.policies'],
    description: "The role in the instance's profile is not allowed, on every resource of the kind, full administrative access, privilege escalation (iam:PassRole on every role, new policy versions, attaching or writing policies, keys or passwords for users, rewriting trust), log tampering (stopping or deleting trails, deleting log groups or streams, stopping AWS Config) or KMS key destruction (scheduling deletion, disabling, deleting imported material, replacing key policies). Grants are found by evaluating the role's policies with the IAM policy evaluator (Steampipe's ec2_instance_no_iam_role_with_* controls ask the same). A grant scoped to named resources is not flagged. AWS managed policies other than a known list of instance policies are not collected, so a role that holds one and grants nothing risky otherwise is reported as ERROR. DLC hosts are named in the evidence.",
    risk: 'Every process on the instance, every container that reaches IMDS and every SSRF in a service it runs gets the role credentials: with these permissions one compromised notebook or model server takes over the account, hides its tracks or makes encrypted data unrecoverable.',
    remediation: {
        text: 'In the IAM console, open the role named in the finding, remove or narrow the statements named in the evidence (scope iam:PassRole to the roles the workload passes, with iam:PassedToService), and keep log and key administration with people, not hosts. IAM Access Analyzer can generate a policy from the role\'s CloudTrail activity.',
        cli: 'aws iam delete-role-policy --role-name <role> --policy-name <inline-policy>  # or: aws iam detach-role-policy --role-name <role> --policy-arn <policy-arn>',
        terraform: 'data "aws_iam_policy_document" "instance" { statement { actions = ["s3:GetObject"]  resources = ["arn:aws:s3:::<bucket>/<prefix>/*"] } }',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    },
    references: ['Steampipe ec2_instance_no_iam_role_with_privilege_escalation_risk_access', 'Steampipe ec2_instance_no_iam_role_with_cloud_log_tampering_access', 'Steampipe ec2_instance_no_iam_role_with_destruction_kms_access', 'Steampipe ec2_instance_no_iam_role_with_management_level_access', 'Cloud Custodian ec2 check-permissions'],
    evaluate(ctx) {
        const { inventory } = ctx;
        const profiles = new Map(inventory.all('AWS::IAM::InstanceProfile').map((p) => [p.arn, p]));
        return liveInstances(inventory.all('AWS::EC2::Instance'))
            .filter((i) => i.iamInstanceProfileArn)
            .map((i) => {
            const dlc = dlcHostEvidence(ctx, i);
            const what = `Instance ${named(i)}${dlcNote(dlc)}`;
            const profileArn = i.iamInstanceProfileArn;
            const profile = profiles.get(profileArn);
            if (!profile)
                return error(resourceRef(i), `The instance profile ${profileArn} of ${what} is not in the inventory (another account, or deleted).`, { instanceProfileArn: profileArn, ...dlc });
            if (!profile.roleArns.length)
                return pass(resourceRef(i), `The instance profile ${profile.id} of ${what} holds no role.`, { instanceProfileArn: profileArn, ...dlc });
            const roleArn = profile.roleArns[0];
            const role = roleByArn(inventory, roleArn);
            const base = { instanceProfileArn: profileArn, roleArn, ...dlc };
            if (!role)
                return error(resourceRef(i), `The role ${roleArn} of ${what} is not in the inventory.`, base);
            const policies = rolePolicies(inventory, role);
            if (policies.error)
                return error(resourceRef(i), `Could not read the policies of role ${named(role)} of ${what}: ${policies.error}`, base);
            const risks = instanceRoleRisks(role, policies.known);
            if (risks.length) {
                const categories = [...new Set(risks.map((r) => r.category))];
                return fail(resourceRef(i), `Role ${named(role)} of ${what} allows ${categories.join(', ')} (${risks.slice(0, 5).map((r) => r.action).join(', ')}${risks.length > 5 ? ', ...' : ''}).`, { ...base, risks });
            }
            const unknown = policies.unknown.filter((arn) => !AWS_MANAGED_WITHOUT_RISKY_ACTIONS.has(awsManagedName(arn) ?? ''));
            if (unknown.length)
                return error(resourceRef(i), `Role ${named(role)} of ${what} has policies whose documents are not in the inventory: ${unknown.join(', ')}.`, { ...base, unknownPolicies: unknown });
            return pass(resourceRef(i), `Role ${named(role)} of ${what} allows no administrative access, privilege escalation, log tampering or KMS key destruction on every resource.`, { ...base, policies: [...policies.known.map((p) => p.name), ...policies.unknown] });
        });
    },
});
