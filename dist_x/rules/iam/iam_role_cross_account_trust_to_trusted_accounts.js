import { z } from 'zod';
import { publicStatements } from '../../analysis/iam/publicAccess.js';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
const params = z
    .object({
    /** Account ids (12 digits) roles may trust besides their own. */
    trustedAccountIds: z.array(z.string().regex(/^\d{12}$/)).default([]),
})
    .default({ trustedAccountIds: [] });
export default defineRule({
    id: 'iam_role_cross_account_trust_to_trusted_accounts',
    title: 'Role trusts principals of other accounts only when those accounts are trusted',
    service: 'iam',
    topic: 'identity-and-access-management',
    severity: 'high',
    resourceType: 'AWS::IAM::Role',
    requires: ['iam.roles'],
    params,
    description: 'Fails a role whose trust policy allows an AWS principal (account id, account root, role or user ARN) of an account that is neither the role\'s own account nor in the trustedAccountIds parameter (empty by default, so every cross-account trust is reported for review). Unrestricted "*" principals are judged by iam_role_trust_policy_not_public.',
    risk: 'A role trusted by another account gives that account\'s administrators (and anyone who compromises them) this role\'s permissions; unknown or stale trusts are a common path into an account.',
    remediation: {
        text: 'Confirm the external account is expected. If it is, add it to trustedAccountIds in the posture config; if not, open the role in the IAM console, choose Trust relationships > Edit trust policy, and remove the principal. For third parties, require sts:ExternalId.',
        cli: 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust-without-external-account.json',
        terraform: 'data "aws_iam_policy_document" "trust" { statement { principals { type = "AWS" identifiers = ["arn:aws:iam::<trusted-account-id>:root"] } } }',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_aws-accounts.html',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html'],
    evaluate({ inventory, account, params: p }) {
        return inventory.all('AWS::IAM::Role').map((role) => {
            const external = publicStatements(role.assumeRolePolicyDocument, { trustedAccounts: [role.account ?? account, ...p.trustedAccountIds] }).filter((s) => s.kind === 'external-account');
            return external.length
                ? fail(resourceRef(role), `Role ${named(role)} trusts ${[...new Set(external.flatMap((s) => s.principals))].join(', ')}, outside the trusted accounts.`, {
                    statements: external,
                    why: external.map((s) => s.reason),
                    trustedAccountIds: p.trustedAccountIds,
                })
                : pass(resourceRef(role), `Role ${named(role)} trusts no principal of an untrusted account.`);
        });
    },
});
