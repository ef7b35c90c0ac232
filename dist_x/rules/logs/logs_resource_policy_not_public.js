import { ok } from '../../inventory/base.js';
import { policyNotPublicRule } from '../lib/resourcePolicy.js';
export default policyNotPublicRule({
    id: 'logs_resource_policy_not_public',
    title: 'CloudWatch Logs resource policy does not admit every principal',
    service: 'logs',
    severity: 'high',
    resourceType: 'AWS::Logs::ResourcePolicy',
    requires: ['logs.resourcePolicies'],
    noun: 'resource policy',
    subjects: (inventory) => inventory.all('AWS::Logs::ResourcePolicy').map((p) => ({ resource: p, policy: ok(p.policyDocument) })),
    description: 'No Allow statement of a CloudWatch Logs resource policy names Principal "*" (or {"AWS": "*"}, or uses NotPrincipal) unless a condition confines the caller, e.g. aws:SourceAccount, aws:SourceArn, aws:PrincipalOrgID or aws:PrincipalAccount with concrete values.',
    risk: 'A statement open to every principal lets any AWS account write into, or read from, the log groups it names: forged events in audit logs, log flooding, or disclosure of log data.',
    remediation: {
        text: 'Rewrite the statement to name the service principal or accounts that need access and add a condition such as "StringEquals": {"aws:SourceAccount": "<account-id>"}, then replace the policy (there is no console page for account-level resource policies; use the CLI).',
        cli: 'aws logs put-resource-policy --policy-name <name> --policy-document file://policy-without-public-principal.json',
        terraform: 'resource "aws_cloudwatch_log_resource_policy" "x" { policy_name = "<name>" policy_document = data.aws_iam_policy_document.scoped.json }',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutResourcePolicy.html',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/iam-access-control-overview-cwl.html'],
});
