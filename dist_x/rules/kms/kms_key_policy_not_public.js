import { policyNotPublicRule } from '../lib/resourcePolicy.js';
export default policyNotPublicRule({
    id: 'kms_key_policy_not_public',
    title: 'KMS key policy does not allow access to every AWS principal',
    service: 'kms',
    severity: 'high',
    resourceType: 'AWS::KMS::Key',
    requires: ['kms.keys'],
    noun: 'key policy',
    // AWS managed keys admit "*" restricted by kms:CallerAccount; the key is usable only from that account.
    extraRestrictingKeys: ['kms:CallerAccount'],
    subjects: (inventory) => inventory.all('AWS::KMS::Key').filter((k) => k.keyManager !== 'AWS').map((k) => ({ resource: k, policy: k.policy })),
    description: 'Fails a customer managed key whose key policy has an Allow with Principal "*" or {"AWS": "*"} and no condition that restricts the caller (kms:CallerAccount, aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceVpce and similar). AWS managed keys are not judged: their policies are AWS\'s.',
    risk: 'A public key policy lets any AWS account use the key to decrypt data it can reach, or to encrypt with it, and possibly to change the key.',
    remediation: {
        text: 'In the KMS console, open Customer managed keys, select the key, open Key policy, choose Edit, and replace the "*" principal with the account or roles that need the key, or add a condition such as "StringEquals": {"kms:CallerAccount": "<account-id>"}.',
        cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://key-policy.json',
        terraform: 'resource "aws_kms_key" "x" { policy = data.aws_iam_policy_document.key.json }',
        url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
    },
    references: ['Prowler kms_key_not_publicly_accessible'],
});
