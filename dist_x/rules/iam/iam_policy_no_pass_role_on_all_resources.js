import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { statementsAllowingOnAllResources } from '../lib/iamStatements.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'iam_policy_no_pass_role_on_all_resources',
    title: 'Customer managed policy does not allow iam:PassRole on every role',
    service: 'iam',
    topic: 'identity-and-access-management',
    severity: 'medium',
    resourceType: 'AWS::IAM::ManagedPolicy',
    requires: ['iam.policies'],
    description: 'Fails a customer managed policy whose default version allows iam:PassRole (directly or through a wildcard such as iam:* or iam:Pass*) on Resource "*".',
    risk: 'Passing any role lets a principal hand the most privileged role in the account to a service it controls (an EC2 instance, a Lambda function, a SageMaker notebook) and act with that role: a classic privilege escalation.',
    remediation: {
        text: 'In the IAM console, open Policies, select the policy, choose Edit, and limit iam:PassRole to the ARNs of the roles the principal must pass, ideally with an iam:PassedToService condition.',
        cli: 'aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://passrole-scoped.json --set-as-default',
        terraform: 'data "aws_iam_policy_document" "x" { statement { actions = ["iam:PassRole"] resources = ["arn:aws:iam::<account-id>:role/<role>"] condition { test = "StringEquals" variable = "iam:PassedToService" values = ["<service>.amazonaws.com"] } } }',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html'],
    evaluate({ inventory, account }) {
        return inventory.all('AWS::IAM::ManagedPolicy').map((policy) => {
            const doc = policy.document;
            if (!doc.ok)
                return error(resourceRef(policy), `Could not read the default version of policy ${named(policy)}: ${doc.error}`);
            if (doc.value === null)
                return error(resourceRef(policy), `The default version of policy ${named(policy)} was not found (deleted during the scan?).`);
            const grants = statementsAllowingOnAllResources(doc.value, 'iam:PassRole', policy.account ?? account);
            return grants.length
                ? fail(resourceRef(policy), `Policy ${named(policy)} allows iam:PassRole on "*" in ${grants.join(', ')}.`, { statements: grants })
                : pass(resourceRef(policy), `Policy ${named(policy)} does not allow iam:PassRole on every role.`);
        });
    },
});
