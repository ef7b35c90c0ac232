import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
import { firstBy, positionIn } from '../lib/lookup.js';
export default defineRule({
    id: 'logs_log_group_kms_key_usable',
    title: 'KMS key of an encrypted log group is enabled',
    service: 'logs',
    topic: 'resilience',
    severity: 'high',
    resourceType: 'AWS::Logs::LogGroup',
    requires: ['logs.logGroups', 'kms.keys'],
    description: 'For each log group associated with a KMS key, the key is in the Enabled state. A disabled key, or one pending deletion or import, fails; a key that is not in the inventory (another account, or not readable) is an error.',
    risk: 'CloudWatch Logs needs the key for every write and read: when the key is disabled it cannot ingest new events into the group, and when the key is deleted the data already encrypted with it can no longer be retrieved. A key pending deletion is days away from destroying the log history.',
    remediation: {
        text: 'In the KMS console open the key: if it is pending deletion choose Key actions > Cancel key deletion, then Key actions > Enable. If the key must go, associate the log group with another key first (only data ingested after that uses the new key).',
        cli: 'aws kms cancel-key-deletion --key-id <key-id>; aws kms enable-key --key-id <key-id>   # or: aws logs associate-kms-key --log-group-name <log-group> --kms-key-id <new-key-arn>',
        terraform: 'resource "aws_kms_key" "logs" { is_enabled = true deletion_window_in_days = 30 }',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html',
    },
    references: ['https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html'],
    evaluate({ inventory }) {
        const keys = inventory.accountWide('AWS::KMS::Key');
        return inventory
            .all('AWS::Logs::LogGroup')
            .filter((g) => g.kmsKeyId)
            .map((g) => {
            const ref = resourceRef(g);
            const k = keyOf(keys, g.kmsKeyId);
            if (!k)
                return error(ref, `The KMS key ${g.kmsKeyId} of log group ${named(g)} is not in the inventory (another account, or not readable), so its state is unknown.`);
            if (k.keyState === 'Enabled')
                return pass(ref, `Log group ${named(g)} is encrypted with enabled KMS key ${k.arn ?? k.id}.`, { kmsKeyId: g.kmsKeyId, keyState: k.keyState });
            if (!k.keyState)
                return error(ref, `KMS did not report the state of key ${k.arn ?? k.id} of log group ${named(g)}.`);
            return fail(ref, `Log group ${named(g)} is encrypted with KMS key ${k.arn ?? k.id}, which is ${k.keyState}${k.deletionDate ? ` (deletion on ${k.deletionDate.slice(0, 10)})` : ''}.`, {
                kmsKeyId: g.kmsKeyId,
                keyState: k.keyState,
                deletionDate: k.deletionDate ?? null,
            });
        });
    },
});
/** The key a log group names: by ARN, by key id, or by the id at the end of a key ARN (as `find` over the three would pick it). */
function keyOf(keys, kmsKeyId) {
    const byArn = firstBy(keys, 'arn', (x) => x.arn, kmsKeyId);
    const byId = firstBy(keys, 'id', (x) => x.id, kmsKeyId);
    const tail = /:key\/([^/]+)$/.exec(kmsKeyId)?.[1];
    const byTail = tail === undefined ? undefined : firstBy(keys, 'id-with-arn', (x) => (x.arn ? x.id : undefined), tail);
    // Of the candidates, the one that comes first in the list is the one `find` returned.
    const candidates = [byArn, byId, byTail].filter((x) => x !== undefined);
    return candidates.sort((a, b) => positionIn(keys, a) - positionIn(keys, b))[0];
}
