import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
/** Keys that can rotate automatically: customer managed, symmetric, KMS key material, not on their way out. */
const canRotate = (k) => k.keyManager === 'CUSTOMER' &&
    k.keySpec === 'SYMMETRIC_DEFAULT' &&
    (k.keyUsage ?? 'ENCRYPT_DECRYPT') === 'ENCRYPT_DECRYPT' &&
    (k.origin ?? 'AWS_KMS') === 'AWS_KMS' &&
    k.keyState !== 'PendingDeletion' &&
    k.keyState !== 'PendingReplicaDeletion';
export default defineRule({
    id: 'kms_key_rotation_enabled',
    title: 'Customer managed symmetric KMS key has automatic rotation enabled',
    service: 'kms',
    topic: 'data-protection',
    severity: 'medium',
    resourceType: 'AWS::KMS::Key',
    requires: ['kms.keys'],
    description: 'Each customer managed symmetric encryption key with KMS-generated key material (not pending deletion) has automatic key rotation enabled. AWS managed keys rotate by themselves; asymmetric, HMAC and imported keys cannot rotate automatically and are not judged. A key whose metadata could not be read is ERROR.',
    risk: 'Without rotation, one key version protects data for the key\'s whole life, so exposure of that material (or a cryptanalytic advance) affects everything it ever encrypted.',
    remediation: {
        text: 'In the KMS console, open Customer managed keys, select the key, open the Key rotation tab, select "Automatically rotate this KMS key every year" (or set a rotation period) and save.',
        cli: 'aws kms enable-key-rotation --key-id <key-id>',
        terraform: 'resource "aws_kms_key" "x" { enable_key_rotation = true }',
        url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
    },
    references: ['CIS AWS Foundations 3.6 (v3.0)', 'AWS FSBP KMS.4'],
    evaluate({ inventory }) {
        return inventory.all('AWS::KMS::Key').flatMap((k) => {
            if (!k.keyManager) {
                const why = k.rotationEnabled.ok ? 'its metadata was not returned' : k.rotationEnabled.error;
                return [error(resourceRef(k), `Could not classify KMS key ${named(k)}: ${why}`)];
            }
            if (!canRotate(k))
                return [];
            const r = k.rotationEnabled;
            if (!r.ok)
                return [error(resourceRef(k), `Could not read the rotation status of KMS key ${named(k)}: ${r.error}`)];
            if (r.value === null)
                return [error(resourceRef(k), `The rotation status of KMS key ${named(k)} was not collected.`)];
            return [
                r.value
                    ? pass(resourceRef(k), `KMS key ${named(k)} rotates automatically.`)
                    : fail(resourceRef(k), `KMS key ${named(k)} has automatic rotation disabled.`, { keySpec: k.keySpec, keyState: k.keyState }),
            ];
        });
    },
});
