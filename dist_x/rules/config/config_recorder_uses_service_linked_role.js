import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { CONFIG_1, isCustomerRecorder } from '../lib/configRecorders.js';
import { resourceRef } from '../lib/refs.js';
const SLR = /^arn:aws[a-z-]*:iam::\d{12}:role\/aws-service-role\/config\.amazonaws\.com\/AWSServiceRoleForConfig$/;
export default defineRule({
    id: 'config_recorder_uses_service_linked_role',
    title: 'AWS Config recorder uses the AWSServiceRoleForConfig service-linked role',
    service: 'config',
    topic: 'identity-and-access-management',
    severity: 'low',
    resourceType: 'AWS::Config::ConfigurationRecorder',
    requires: ['config.recorders'],
    description: 'Each customer-managed recorder records through the AWS Config service-linked role rather than a customer-managed IAM role.',
    risk: 'A customer-managed role can be edited or over-scoped, and when its permissions drift AWS Config stops recording resources without warning; the service-linked role is maintained by AWS and cannot be modified.',
    remediation: {
        text: 'In the AWS Config console open Settings > Edit, under AWS Config role choose "Use an existing AWS Config service-linked role", and save.',
        cli: 'aws iam create-service-linked-role --aws-service-name config.amazonaws.com; aws configservice put-configuration-recorder --configuration-recorder name=<name>,roleARN=arn:aws:iam::<account>:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig --recording-group <current-group-json>',
        terraform: 'resource "aws_iam_service_linked_role" "config" { aws_service_name = "config.amazonaws.com" }',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/using-service-linked-roles-config.html',
    },
    references: [CONFIG_1],
    evaluate({ inventory }) {
        return inventory
            .all('AWS::Config::ConfigurationRecorder')
            .filter(isCustomerRecorder)
            .map((r) => r.roleArn && SLR.test(r.roleArn)
            ? pass(resourceRef(r), `Recorder ${r.name} in ${r.region} uses the AWSServiceRoleForConfig service-linked role.`)
            : fail(resourceRef(r), `Recorder ${r.name} in ${r.region} uses ${r.roleArn ? `the role ${r.roleArn}` : 'no role'} instead of the AWS Config service-linked role.`, { roleArn: r.roleArn }));
    },
});
