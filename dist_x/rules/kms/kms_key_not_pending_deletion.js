import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'kms_key_not_pending_deletion',
    title: 'Customer managed KMS key is not scheduled for deletion',
    service: 'kms',
    topic: 'resilience',
    severity: 'medium',
    resourceType: 'AWS::KMS::Key',
    requires: ['kms.keys'],
    description: 'Reports customer managed keys in the PendingDeletion state, with the date KMS will delete them, so that an unintended deletion can be cancelled in time.',
    risk: 'Once the waiting period ends the key material is gone and everything encrypted under the key (logs, volumes, snapshots, secrets) can never be decrypted again.',
    remediation: {
        text: 'If the deletion is not intended: in the KMS console, open Customer managed keys, select the key, choose Key actions > Cancel key deletion, then Enable the key. Alarm on ScheduleKeyDeletion events to catch the next one.',
        cli: 'aws kms cancel-key-deletion --key-id <key-id> && aws kms enable-key --key-id <key-id>',
        terraform: 'resource "aws_kms_key" "x" { lifecycle { prevent_destroy = true } }',
        url: 'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-scheduling-key-deletion.html',
    },
    references: ['AWS FSBP KMS.3'],
    evaluate({ inventory }) {
        return inventory.all('AWS::KMS::Key').flatMap((k) => {
            if (!k.keyManager)
                return [error(resourceRef(k), `Could not read the state of KMS key ${named(k)}: ${k.policy.ok ? 'no metadata' : k.policy.error}`)];
            if (k.keyManager !== 'CUSTOMER')
                return [];
            return [
                k.keyState === 'PendingDeletion'
                    ? fail(resourceRef(k), `KMS key ${named(k)} is scheduled for deletion${k.deletionDate ? ` on ${k.deletionDate}` : ''}.`, { keyState: k.keyState, deletionDate: k.deletionDate })
                    : pass(resourceRef(k), `KMS key ${named(k)} is ${k.keyState ?? 'not pending deletion'}.`),
            ];
        });
    },
});
