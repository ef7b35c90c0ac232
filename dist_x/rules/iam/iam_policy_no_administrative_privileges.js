import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { administrativeStatements } from '../lib/iamStatements.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'iam_policy_no_administrative_privileges',
    title: 'Customer managed policy does not allow full "*:*" administrative privileges',
    service: 'iam',
    topic: 'identity-and-access-management',
    severity: 'high',
    resourceType: 'AWS::IAM::ManagedPolicy',
    requires: ['iam.policies'],
    description: 'Fails a customer managed policy (attached or not) whose default version has an Allow statement with Action "*" (or "*:*") on Resource "*".',
    risk: 'Attaching the policy gives full administrative access; an unattached one is one attach call away from it.',
    remediation: {
        text: 'In the IAM console, open Policies, select the policy, choose Edit, replace the "*" action with the actions needed and save as the default version; or detach and delete the policy.',
        cli: 'aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://least-privilege.json --set-as-default',
        terraform: 'resource "aws_iam_policy" "x" { policy = data.aws_iam_policy_document.least_privilege.json }',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    },
    references: ['CIS AWS Foundations 1.16 (v3.0)', 'AWS FSBP IAM.1'],
    evaluate({ inventory, account }) {
        return inventory.all('AWS::IAM::ManagedPolicy').map((policy) => {
            const doc = policy.document;
            if (!doc.ok)
                return error(resourceRef(policy), `Could not read the default version of policy ${named(policy)}: ${doc.error}`);
            if (doc.value === null)
                return error(resourceRef(policy), `The default version of policy ${named(policy)} was not found (deleted during the scan?).`);
            const admin = administrativeStatements(doc.value, policy.account ?? account);
            return admin.length
                ? fail(resourceRef(policy), `Policy ${named(policy)} allows every action on every resource in ${admin.join(', ')} (attached ${policy.attachmentCount} time(s)).`, {
                    statements: admin,
                    attachmentCount: policy.attachmentCount,
                    defaultVersionId: policy.defaultVersionId,
                })
                : pass(resourceRef(policy), `Policy ${named(policy)} does not allow "*" on "*".`);
        });
    },
});
