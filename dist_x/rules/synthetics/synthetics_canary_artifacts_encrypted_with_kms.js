import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'synthetics_canary_artifacts_encrypted_with_kms',
    title: 'Canary artifacts are encrypted with a customer managed KMS key',
    service: 'synthetics',
    topic: 'canary-security',
    severity: 'low',
    resourceType: 'AWS::Synthetics::Canary',
    requires: ['synthetics.canaries'],
    description: 'Each canary\'s artifact configuration sets S3 encryption mode SSE_KMS with a customer managed key, so the screenshots, HAR files and logs it writes to S3 are encrypted under a key you control. Without an artifact configuration Synthetics uses an AWS managed key; SSE_S3 uses S3-managed keys.',
    risk: 'Canary artifacts record what the canary saw: page contents, request and response headers, sometimes tokens. With a customer managed key, reading them also needs kms:Decrypt, which you grant and audit; with SSE-S3 anyone with s3:GetObject on the bucket can read them.',
    remediation: {
        text: 'In the CloudWatch console, open Application Signals > Synthetics Canaries, select the canary, choose Actions > Edit, and under Data storage > Encryption choose SSE-KMS with a customer managed key whose key policy lets the canary\'s role use it.',
        cli: 'aws synthetics update-canary --name <canary> --artifact-config \'{"S3Encryption":{"EncryptionMode":"SSE_KMS","KmsKeyArn":"<key-arn>"}}\'',
        cloudformation: 'ArtifactConfig: { S3Encryption: { EncryptionMode: SSE_KMS, KmsKeyArn: <key-arn> } }',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_artifact_encryption.html',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/servicelens_canaries_security.html'],
    evaluate({ inventory }) {
        return inventory.all('AWS::Synthetics::Canary').map((c) => {
            const e = c.artifactEncryption;
            if (e?.encryptionMode === 'SSE_KMS' && e.kmsKeyArn)
                return pass(resourceRef(c), `Canary ${named(c)} encrypts its artifacts with KMS key ${e.kmsKeyArn}.`, { artifactEncryption: e });
            const how = e?.encryptionMode ? `encryption mode ${e.encryptionMode}` : 'no artifact encryption setting (an AWS managed key)';
            return fail(resourceRef(c), `Canary ${named(c)} writes its artifacts to ${c.artifactS3Location ?? 'S3'} with ${how}, not a customer managed KMS key.`, { artifactEncryption: e ?? null });
        });
    },
});
