import { publicStatements } from '../../analysis/iam/publicAccess.js';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'iam_role_trust_policy_not_public',
    title: 'Role trust policy does not let every AWS principal assume the role',
    service: 'iam',
    topic: 'identity-and-access-management',
    severity: 'critical',
    resourceType: 'AWS::IAM::Role',
    requires: ['iam.roles'],
    description: 'Fails a role whose trust policy has an Allow with Principal "*" or {"AWS": "*"} (or an Allow with NotPrincipal) and no condition that restricts the caller (aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn, aws:SourceIp, aws:SourceVpce and similar, with a binding operator and concrete values).',
    risk: 'Any identity in any AWS account that knows the role ARN can assume it and act with its permissions.',
    remediation: {
        text: 'In the IAM console, open Roles, select the role, choose Trust relationships > Edit trust policy, and replace the "*" principal with the accounts or roles that need it, or add a condition such as "StringEquals": {"aws:PrincipalOrgID": "<org-id>"}.',
        cli: 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust.json',
        terraform: 'data "aws_iam_policy_document" "trust" { statement { actions = ["sts:AssumeRole"] principals { type = "AWS" identifiers = ["arn:aws:iam::<account-id>:root"] } } }',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html'],
    evaluate({ inventory }) {
        return inventory.all('AWS::IAM::Role').map((role) => {
            const open = publicStatements(role.assumeRolePolicyDocument);
            return open.length
                ? fail(resourceRef(role), `Role ${named(role)} can be assumed by any principal through ${open.map((s) => s.statement).join(', ')} with no restricting condition.`, {
                    statements: open,
                    why: open.map((s) => s.reason),
                })
                : pass(resourceRef(role), `Role ${named(role)} trusts no unrestricted public principal.`);
        });
    },
});
