import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
const ADMINISTRATOR_ACCESS = /^arn:[^:]+:iam::aws:policy\/AdministratorAccess$/;
export default defineRule({
    id: 'iam_role_no_administrator_access_policy',
    title: 'Role does not have the AdministratorAccess managed policy attached',
    service: 'iam',
    topic: 'identity-and-access-management',
    severity: 'high',
    resourceType: 'AWS::IAM::Role',
    requires: ['iam.roles'],
    description: 'Fails a role with the AWS managed policy AdministratorAccess attached. Roles for break-glass or IAM Identity Center administrator permission sets will show here too; review them and mute them deliberately.',
    risk: 'Whoever can assume the role, or any workload using it, can do anything in the account, including erasing CloudTrail, Config and the logs this scanner checks.',
    remediation: {
        text: 'In the IAM console, open Roles, select the role, open Permissions, detach AdministratorAccess, and attach policies that grant only the actions the role needs (IAM Access Analyzer can generate one from CloudTrail activity).',
        cli: 'aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
        terraform: 'resource "aws_iam_role_policy_attachment" "x" { role = "<role>" policy_arn = "<least-privilege-policy-arn>" }',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    },
    references: ['Prowler iam_role_administratoraccess_policy'],
    evaluate({ inventory }) {
        return inventory.all('AWS::IAM::Role').map((role) => {
            const attached = role.attachedPolicyArns;
            if (!attached.ok)
                return error(resourceRef(role), `Could not list the policies attached to role ${named(role)}: ${attached.error}`);
            const admin = (attached.value ?? []).filter((a) => ADMINISTRATOR_ACCESS.test(a));
            return admin.length
                ? fail(resourceRef(role), `Role ${named(role)} has ${admin[0]} attached.`, { attachedPolicyArns: attached.value })
                : pass(resourceRef(role), `Role ${named(role)} does not have AdministratorAccess attached.`);
        });
    },
});
