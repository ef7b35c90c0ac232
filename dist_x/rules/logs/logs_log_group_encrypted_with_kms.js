import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
import { each } from '../lib/each.js';
export default defineRule({
    id: 'logs_log_group_encrypted_with_kms',
    title: 'Log group is encrypted with a KMS key',
    service: 'logs',
    topic: 'data-protection',
    severity: 'medium',
    resourceType: 'AWS::Logs::LogGroup',
    requires: ['logs.logGroups'],
    description: 'Each CloudWatch Logs log group has a customer managed AWS KMS key associated (kmsKeyId). Without one, CloudWatch Logs still encrypts the data at rest, but with a key it owns and that you cannot control, audit or revoke.',
    risk: 'Logs often carry personal data, tokens and internal details. With your own key, reading them also needs kms:Decrypt, every use is in CloudTrail, and disabling the key cuts off access at once; with the service key, anyone with logs read permissions can read them.',
    remediation: {
        text: 'Create or pick a symmetric KMS key whose key policy lets logs.<region>.amazonaws.com use it (bound with kms:EncryptionContext:aws:logs:arn), then associate it: the console offers this when creating a log group; for an existing group use the CLI below. Only data ingested after the association is encrypted with the key.',
        cli: 'aws logs associate-kms-key --log-group-name <log-group> --kms-key-id <key-arn>',
        terraform: 'resource "aws_cloudwatch_log_group" "x" { name = "<log-group>" kms_key_id = aws_kms_key.logs.arn }',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html',
    },
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/cloudwatch-log-group-encrypted.html'],
    evaluate({ inventory }) {
        return each(inventory.all('AWS::Logs::LogGroup'), (g) => g.kmsKeyId
            ? pass(resourceRef(g), `Log group ${named(g)} is encrypted with KMS key ${g.kmsKeyId}.`, { kmsKeyId: g.kmsKeyId })
            : fail(resourceRef(g), `Log group ${named(g)} has no KMS key associated; it is encrypted only with a key CloudWatch Logs owns.`));
    },
});
