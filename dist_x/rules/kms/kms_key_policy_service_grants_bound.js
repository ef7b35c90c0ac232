import { serviceGrantsBoundRule } from '../lib/resourcePolicy.js';
/** Reading key metadata gives a deputy nothing to abuse; CloudTrail's own older key policy grants it with no condition. */
const HARMLESS = new Set(['kms:describekey']);
export default serviceGrantsBoundRule({
    id: 'kms_key_policy_service_grants_bound',
    title: 'KMS key policy binds every service principal grant to this account\'s resources',
    service: 'kms',
    severity: 'medium',
    resourceType: 'AWS::KMS::Key',
    requires: ['kms.keys'],
    noun: 'key policy',
    // Logs and CloudTrail key policies bind the service through the encryption context of the caller's resource.
    extraKeys: ['kms:EncryptionContext:aws:logs:arn', 'kms:EncryptionContext:aws:cloudtrail:arn', 'kms:EncryptionContext:aws:sns:topicArn'],
    ignore: (g) => !!g.actions?.length && g.actions.every((a) => HARMLESS.has(a.toLowerCase())),
    subjects: (inventory) => inventory.all('AWS::KMS::Key').filter((k) => k.keyManager !== 'AWS').map((k) => ({ resource: k, policy: k.policy })),
    description: 'For customer managed keys, every Allow to a service principal (cloudtrail, logs, config, sns…) is bound by aws:SourceArn, aws:SourceAccount, aws:SourceOrgID/OrgPaths, or the encryption-context key the service documents (kms:EncryptionContext:aws:logs:arn, kms:EncryptionContext:aws:cloudtrail:arn), with a binding operator and concrete values. Grants of kms:DescribeKey alone are not judged.',
    risk: 'An unbound grant lets the service use the key on behalf of any customer who points their resource at it: someone else\'s trail or log group could encrypt with, or make the service decrypt with, your key.',
    remediation: {
        text: 'In the KMS console, open the key, choose Key policy > Edit, and add to each service statement a condition such as "StringEquals": {"aws:SourceAccount": "<account-id>"} or the encryption-context condition from the service\'s key policy documentation.',
        cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://key-policy-with-source-conditions.json',
        terraform: 'data "aws_iam_policy_document" "key" { statement { principals { type = "Service" identifiers = ["logs.<region>.amazonaws.com"] } condition { test = "ArnLike" variable = "kms:EncryptionContext:aws:logs:arn" values = ["arn:aws:logs:<region>:<account-id>:log-group:*"] } } }',
        url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-services.html',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html', 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html'],
});
