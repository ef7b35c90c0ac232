import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
import { roleAccount, roleByArn, sagemakerRoleUsers } from '../lib/sagemakerRoles.js';
const FULL_ACCESS = /^arn:[^:]+:iam::aws:policy\/AmazonSageMakerFullAccess$/;
export default defineRule({
    id: 'sagemaker_execution_role_no_full_access',
    title: 'SageMaker execution roles do not have AmazonSageMakerFullAccess',
    service: 'sagemaker',
    topic: 'identity-and-access-management',
    severity: 'medium',
    resourceType: 'AWS::IAM::Role',
    requires: ['iam.roles', 'sagemaker.notebooks', 'sagemaker.models', 'sagemaker.trainingJobs'],
    description: 'No role that a notebook instance, model or recent training job of the Region runs as has the AWS managed policy AmazonSageMakerFullAccess attached (Checkov CKV2_AWS_68; the Prowler check proposed in prowler-cloud/prowler#12587). The policy is meant for people administering SageMaker, not for the code SageMaker runs.',
    risk: 'Code running with AmazonSageMakerFullAccess (a notebook user, a training script, a compromised model container) can create, change and delete every SageMaker resource, pass roles to new jobs and read the default SageMaker buckets of the account.',
    remediation: {
        text: 'In the IAM console, open the role, detach AmazonSageMakerFullAccess, and attach a policy with only what the workload needs (e.g. its S3 prefixes, its ECR repositories, CloudWatch Logs). SageMaker Role Manager can generate personas for this.',
        cli: 'aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AmazonSageMakerFullAccess',
        terraform: 'resource "aws_iam_role_policy_attachment" "x" { role = "<role>" policy_arn = aws_iam_policy.sagemaker_least_privilege.arn }',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/role-manager.html',
    },
    references: ['Checkov CKV2_AWS_68'],
    evaluate({ inventory, account }) {
        const out = [];
        for (const [arn, users] of sagemakerRoleUsers(inventory)) {
            const role = roleByArn(inventory, arn);
            const usedBy = { usedBy: users };
            if (!role) {
                // A role of this account missing from a complete role list was deleted: nothing runs as it any more.
                if (roleAccount(arn) !== account)
                    out.push(error({ type: 'AWS::IAM::Role', id: arn, arn, account, region: 'global' }, `Role ${arn} (used by ${users.join(', ')}) is in another account, so its policies cannot be read.`, usedBy));
                continue;
            }
            const attached = role.attachedPolicyArns;
            if (!attached.ok) {
                out.push(error(resourceRef(role), `Could not list the policies attached to role ${named(role)}: ${attached.error}`, usedBy));
                continue;
            }
            const full = (attached.value ?? []).filter((a) => FULL_ACCESS.test(a));
            out.push(full.length
                ? fail(resourceRef(role), `Role ${named(role)}, used by ${users.join(', ')}, has AmazonSageMakerFullAccess attached.`, { ...usedBy, attachedPolicyArns: attached.value })
                : pass(resourceRef(role), `Role ${named(role)}, used by ${users.join(', ')}, does not have AmazonSageMakerFullAccess attached.`, usedBy));
        }
        return out;
    },
});
