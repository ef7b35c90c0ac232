import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { administrativeStatements } from '../lib/iamStatements.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'iam_role_inline_policy_no_administrative_privileges',
    title: 'Role inline policies do not allow every action on every resource',
    service: 'iam',
    topic: 'identity-and-access-management',
    severity: 'high',
    resourceType: 'AWS::IAM::Role',
    requires: ['iam.roles'],
    description: 'Fails a role with an inline policy that has an Allow statement with Action "*" (or "*:*") on Resource "*".',
    risk: 'An inline "*:*" grant is full administrative access hidden from reviews of managed policies; the role can disable logging and change any resource.',
    remediation: {
        text: 'In the IAM console, open Roles, select the role, open Permissions, edit the inline policy and replace the "*" action and resource with the actions and resources the role needs, or delete the inline policy.',
        cli: 'aws iam delete-role-policy --role-name <role> --policy-name <inline-policy>',
        terraform: 'resource "aws_iam_role_policy" "x" { role = "<role>" policy = data.aws_iam_policy_document.least_privilege.json }',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    },
    references: ['Prowler iam_inline_policy_no_administrative_privileges'],
    evaluate({ inventory, account }) {
        return inventory.all('AWS::IAM::Role').map((role) => {
            const inline = role.inlinePolicies;
            if (!inline.ok)
                return error(resourceRef(role), `Could not read the inline policies of role ${named(role)}: ${inline.error}`);
            const admin = (inline.value ?? []).flatMap((p) => administrativeStatements(p.document, role.account ?? account).map((s) => `${p.name} ${s}`));
            return admin.length
                ? fail(resourceRef(role), `Role ${named(role)} allows every action on every resource in inline policy ${admin.join(', ')}.`, { statements: admin })
                : pass(resourceRef(role), `No inline policy of role ${named(role)} allows "*" on "*".`);
        });
    },
});
