import { z } from 'zod';
import { publicStatements } from '../../analysis/iam/publicAccess.js';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'logs_resource_policy_cross_account_to_trusted_accounts',
    title: 'CloudWatch Logs resource policy admits other accounts only when they are trusted',
    service: 'logs',
    topic: 'identity-and-access-management',
    severity: 'medium',
    resourceType: 'AWS::Logs::ResourcePolicy',
    requires: ['logs.resourcePolicies'],
    params: z
        .object({
        /** Account ids (12 digits) that may be granted access to this account's log groups. */
        trustedAccountIds: z.array(z.string().regex(/^\d{12}$/)).default([]),
    })
        .default({ trustedAccountIds: [] }),
    description: 'Evaluates each CloudWatch Logs resource policy with the IAM policy evaluator and fails when it lets a principal of an account that is neither this account nor in `trustedAccountIds` (empty by default, so every cross-account grant is reported for review) act on the log groups it covers. Statements open to everyone are judged by logs_resource_policy_not_public; service principals by logs_resource_policy_service_grants_bound.',
    risk: 'A grant to another account lets it write forged events into your log groups, or read them; an account that is unknown or no longer trusted keeps that access as long as the policy stays.',
    remediation: {
        text: 'Confirm each external account is expected. If it is, add it to trustedAccountIds in the posture config; if not, rewrite the policy without it (there is no console page for account-level resource policies; use the CLI).',
        cli: 'aws logs describe-resource-policies; aws logs put-resource-policy --policy-name <name> --policy-document file://policy-without-external-account.json',
        terraform: 'resource "aws_cloudwatch_log_resource_policy" "x" { policy_name = "<name>" policy_document = data.aws_iam_policy_document.trusted_only.json }',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/iam-access-control-overview-cwl.html',
    },
    references: ['Cloud Custodian log-group cross-account filter', 'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutResourcePolicy.html'],
    evaluate({ inventory, account, params }) {
        return inventory.all('AWS::Logs::ResourcePolicy').map((p) => {
            const external = publicStatements(p.policyDocument, { trustedAccounts: [p.account ?? account, ...params.trustedAccountIds] }).filter((s) => s.kind === 'external-account');
            return external.length
                ? fail(resourceRef(p), `Resource policy ${named(p)} admits ${[...new Set(external.flatMap((s) => s.principals))].join(', ')}, outside the trusted accounts, in ${external.map((s) => s.statement).join(', ')}.`, {
                    statements: external,
                    trustedAccountIds: params.trustedAccountIds,
                })
                : pass(resourceRef(p), `Resource policy ${named(p)} admits no principal of an untrusted account.`);
        });
    },
});
