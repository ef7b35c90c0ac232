import { unboundServiceGrants } from '../../analysis/iam/confusedDeputy.js';
import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { isCustomerRecorder } from '../lib/configRecorders.js';
import { resourceRef } from '../lib/refs.js';
import { findRole } from '../lib/roleAccess.js';
const SLR = /^arn:aws[a-z-]*:iam::\d{12}:role\/aws-service-role\/config\.amazonaws\.com\//;
const DEPUTY_DOC = 'https://docs.aws.amazon.com/config/latest/developerguide/cross-service-confused-deputy-prevention.html';
export default defineRule({
    id: 'config_recorder_role_confused_deputy_prevention',
    title: 'AWS Config recorder role can be assumed by AWS Config only for this account',
    service: 'config',
    topic: 'confused-deputy-prevention',
    severity: 'medium',
    resourceType: 'AWS::Config::ConfigurationRecorder',
    requires: ['config.recorders', 'iam.roles'],
    description: 'For each customer-managed recorder that uses a customer-managed IAM role, every statement of the role\'s trust policy that lets config.amazonaws.com assume it carries aws:SourceAccount or aws:SourceArn (or the organization source keys) with concrete values: AWS Config\'s confused-deputy guidance recommends those keys wherever AWS Config is granted access, and the IAM guidance applies them to role trust policies. The service-linked role AWSServiceRoleForConfig passes: AWS maintains its trust policy. A role that is not in the inventory is an error.',
    risk: 'Without a source condition, AWS Config acting for another customer who names your role ARN in their own recorder or delivery channel could assume it and read your resources\' configuration with its permissions: the cross-service confused deputy.',
    remediation: {
        text: 'In the IAM console open the recorder\'s role > Trust relationships > Edit trust policy and add to the config.amazonaws.com statement "Condition": {"StringEquals": {"AWS:SourceAccount": "<account-id>"}}; or switch the recorder to the AWSServiceRoleForConfig service-linked role.',
        cli: 'aws iam update-assume-role-policy --role-name <config-role> --policy-document file://trust-config-with-source-account.json',
        terraform: 'data "aws_iam_policy_document" "config_trust" { statement { actions = ["sts:AssumeRole"] principals { type = "Service" identifiers = ["config.amazonaws.com"] } condition { test = "StringEquals" variable = "AWS:SourceAccount" values = ["<account-id>"] } } }',
        url: DEPUTY_DOC,
    },
    references: [DEPUTY_DOC, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html'],
    evaluate({ inventory }) {
        return inventory
            .all('AWS::Config::ConfigurationRecorder')
            .filter(isCustomerRecorder)
            .map((r) => {
            const ref = resourceRef(r);
            if (!r.roleArn)
                return error(ref, `Recorder ${r.name} in ${r.region} reports no IAM role.`);
            if (SLR.test(r.roleArn))
                return pass(ref, `Recorder ${r.name} in ${r.region} uses the AWS Config service-linked role, whose trust policy AWS maintains.`);
            const role = findRole(inventory, r.roleArn);
            if (!role)
                return error(ref, `The role ${r.roleArn} of recorder ${r.name} in ${r.region} is not in the inventory (another account, or deleted), so its trust policy is unknown.`);
            const unbound = unboundServiceGrants(role.assumeRolePolicyDocument).filter((g) => g.service === 'config.amazonaws.com');
            return unbound.length
                ? fail(ref, `Role ${role.name} of recorder ${r.name} in ${r.region} lets config.amazonaws.com assume it in ${unbound.map((g) => g.statement).join(', ')} with no aws:SourceAccount or aws:SourceArn condition.`, {
                    role: role.arn,
                    unboundGrants: unbound,
                })
                : pass(ref, `Role ${role.name} of recorder ${r.name} in ${r.region} binds AWS Config to this account's sources, or does not trust AWS Config at all.`, { role: role.arn });
        });
    },
});
