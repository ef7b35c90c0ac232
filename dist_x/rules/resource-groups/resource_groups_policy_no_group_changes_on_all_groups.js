import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { grantsOnUnnamedResource, judgeCustomerPolicies } from '../lib/unnamedResourceGrants.js';
import { named } from '../lib/refs.js';
/** Actions that change what a group contains or does; Systems Manager and other services act on a group's members. */
const GROUP_CHANGES = ['resource-groups:UpdateGroupQuery', 'resource-groups:PutGroupConfiguration', 'resource-groups:GroupResources', 'resource-groups:UngroupResources', 'resource-groups:DeleteGroup'];
const DOC = 'https://docs.aws.amazon.com/ARG/latest/userguide/security_iam_id-based-policy-examples.html';
export default defineRule({
    id: 'resource_groups_policy_no_group_changes_on_all_groups',
    title: 'Customer managed policy does not allow changing every resource group',
    service: 'resource-groups',
    topic: 'identity-and-access-management',
    severity: 'low',
    resourceType: 'AWS::IAM::ManagedPolicy',
    requires: ['iam.policies'],
    description: `Fails a customer managed policy (attached or not) whose default version, by evaluation, allows one of ${GROUP_CHANGES.join(', ')} on every resource group (Resource "*", "arn:aws:resource-groups:*:*:group/*" or any pattern that covers a group it cannot know by name), unless an aws:ResourceTag condition scopes it. AWS's Resource Groups security best practices ask for least privilege on groups and to avoid asterisks that assign permissions to all groups; group-scoped ARNs (arn:aws:resource-groups:<region>:<account>:group/<name>) or tag conditions keep group changes to the groups a team owns. Policies that grant full administrative access are left to iam_policy_no_administrative_privileges.`,
    risk: 'Systems Manager Run Command, Automation, Patch Manager and other services can target a resource group: whoever can rewrite any group\'s query or membership can redirect those operations to other resources, or delete the groups that operations and dashboards rely on.',
    remediation: {
        text: 'In the IAM console, open Policies, select the policy, choose Edit, and scope the resource-groups write actions to the ARNs of the groups the holder owns (arn:aws:resource-groups:<region>:<account>:group/<prefix>*) or add an aws:ResourceTag condition; save it as the default version.',
        cli: 'aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://scoped-resource-groups.json --set-as-default',
        terraform: 'data "aws_iam_policy_document" "groups" { statement { actions = ["resource-groups:UpdateGroupQuery", "resource-groups:GroupResources"] resources = ["arn:aws:resource-groups:<region>:<account>:group/team-*"] } }',
        url: DOC,
    },
    references: ['https://docs.aws.amazon.com/ARG/latest/userguide/security_best-practices.html', DOC, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    evaluate({ inventory, account }) {
        return judgeCustomerPolicies(inventory, account, (policy, document, owner, ref) => {
            const grants = GROUP_CHANGES.map((action) => ({ action, statements: grantsOnUnnamedResource(document, { action, account: owner, resource: `arn:aws:resource-groups:posture-probe-region-1:${owner}:group/posture-probe-any-group`, resourceKeys: /^aws:resourcetag\//i }) })).filter((g) => g.statements.length);
            return (grants.length
                ? fail(ref, `Policy ${named(policy)} allows ${grants.map((g) => `${g.action} (${g.statements.join(', ')})`).join(', ')} on every resource group (attached ${policy.attachmentCount} time(s)).`, { grants, attachmentCount: policy.attachmentCount })
                : pass(ref, `Policy ${named(policy)} allows no resource-groups write action on every group.`));
        });
    },
});
