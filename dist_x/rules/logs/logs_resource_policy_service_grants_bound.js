import { ok } from '../../inventory/base.js';
import { serviceGrantsBoundRule } from '../lib/resourcePolicy.js';
export default serviceGrantsBoundRule({
    id: 'logs_resource_policy_service_grants_bound',
    title: 'CloudWatch Logs resource policy binds every service grant to this account\'s sources',
    service: 'logs',
    severity: 'medium',
    resourceType: 'AWS::Logs::ResourcePolicy',
    requires: ['logs.resourcePolicies'],
    noun: 'resource policy',
    subjects: (inventory) => inventory.all('AWS::Logs::ResourcePolicy').map((p) => ({ resource: p, policy: ok(p.policyDocument) })),
    description: 'Every Allow to a service principal (route53.amazonaws.com, delivery.logs.amazonaws.com, events.amazonaws.com…) in a CloudWatch Logs resource policy carries aws:SourceAccount, aws:SourceArn, aws:SourceOrgID or aws:SourceOrgPaths with a binding operator and concrete values.',
    risk: 'Without a source condition the service will write into your log groups on behalf of any customer who points their resource (a hosted zone, an event rule) at them: the cross-service confused deputy.',
    remediation: {
        text: 'Add to each service statement a condition such as "StringEquals": {"aws:SourceAccount": "<account-id>"} and "ArnLike": {"aws:SourceArn": "arn:aws:route53:::hostedzone/*"}, then replace the policy with the CLI.',
        cli: 'aws logs put-resource-policy --policy-name <name> --policy-document file://policy-with-source-conditions.json',
        terraform: 'data "aws_iam_policy_document" "logs" { statement { principals { type = "Service" identifiers = ["route53.amazonaws.com"] } condition { test = "StringEquals" variable = "aws:SourceAccount" values = ["<account-id>"] } } }',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html'],
});
