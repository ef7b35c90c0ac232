import { z } from 'zod';
import { publicStatements } from '../../analysis/iam/publicAccess.js';
import { defineRule, fail, pass, scopeRef } from '../../engine/defineRule.js';
/** The role the CloudWatch console creates when an account shares its data with other accounts. */
const SHARING_ROLE = 'CloudWatch-CrossAccountSharingRole';
export default defineRule({
    id: 'cloudwatch_cross_account_sharing_role_trusts_trusted_accounts',
    title: 'CloudWatch cross-account sharing is off, or shared only with trusted accounts',
    service: 'cloudwatch',
    topic: 'identity-and-access-management',
    severity: 'medium',
    resourceType: 'AWS::Account',
    scope: 'account',
    requires: ['iam.roles'],
    params: z
        .object({
        /** Monitoring accounts (12 digits) this account may share its CloudWatch data with. */
        trustedAccountIds: z.array(z.string().regex(/^\d{12}$/)).default([]),
    })
        .default({ trustedAccountIds: [] }),
    description: 'Looks for the IAM role CloudWatch-CrossAccountSharingRole, which the console creates when the account shares metrics, dashboards, logs and alarms with other accounts (CloudWatch > Settings > Share your CloudWatch data). No role passes. With the role, its trust policy is evaluated: every account it lets assume the role must be in `trustedAccountIds` (empty by default, so any sharing is reported for review, like Prowler cloudwatch_cross_account_sharing_disabled); a trust open to everyone always fails.',
    risk: 'The sharing role gives the trusted accounts read access to this account\'s CloudWatch data (and, with the broader options, to EC2 and X-Ray descriptions and log contents). A stale or unknown account in its trust policy keeps reading operational and possibly sensitive data.',
    remediation: {
        text: 'If sharing is not needed, delete the role CloudWatch-CrossAccountSharingRole in the IAM console. Otherwise open the role > Trust relationships > Edit trust policy, keep only the monitoring accounts you use, and add them to trustedAccountIds in the posture config.',
        cli: 'aws iam update-assume-role-policy --role-name CloudWatch-CrossAccountSharingRole --policy-document file://trust-monitoring-accounts-only.json',
        terraform: 'resource "aws_iam_role" "cw_sharing" { name = "CloudWatch-CrossAccountSharingRole" assume_role_policy = data.aws_iam_policy_document.monitoring_accounts.json }',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Cross-Account-Cross-Region.html',
    },
    references: ['Prowler cloudwatch_cross_account_sharing_disabled', 'Steampipe cloudwatch_cross_account_sharing'],
    evaluate({ inventory, account, params }) {
        const ref = scopeRef(account, undefined, 'AWS::Account');
        const role = inventory.all('AWS::IAM::Role').find((r) => r.name === SHARING_ROLE);
        if (!role)
            return [pass(ref, `There is no ${SHARING_ROLE} role: CloudWatch data is not shared with other accounts through the console sharing feature.`)];
        const outside = publicStatements(role.assumeRolePolicyDocument, { trustedAccounts: [account, ...params.trustedAccountIds] });
        return outside.length
            ? [
                fail(ref, `${SHARING_ROLE} lets ${[...new Set(outside.flatMap((s) => (s.kind === 'everyone' ? ['any AWS account'] : s.principals)))].join(', ')} read this account's CloudWatch data, outside the trusted accounts.`, {
                    role: role.arn,
                    statements: outside,
                    trustedAccountIds: params.trustedAccountIds,
                }),
            ]
            : [pass(ref, `${SHARING_ROLE} exists and trusts only trusted accounts (${params.trustedAccountIds.join(', ') || 'none but this account'}).`, { role: role.arn })];
    },
});
