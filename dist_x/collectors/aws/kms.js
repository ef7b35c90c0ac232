import { classifyAwsError } from '../../aws/errors.js';
import { failed, ok } from '../../inventory/base.js';
import { defineCollector } from '../defineCollector.js';
import { detail, iso, mapLimit, parsePolicy } from '../util.js';
const sdk = () => import('@aws-sdk/client-kms');
const kms = async (ctx) => ctx.clients.get((await sdk()).KMSClient, ctx.region);
/**
 * Automatic rotation exists only for customer managed symmetric encryption keys with key material
 * from KMS; GetKeyRotationStatus on other keys, and on keys pending deletion, answers an error.
 */
export function rotationApplies(m) {
    return (m.KeyManager === 'CUSTOMER' &&
        m.KeySpec === 'SYMMETRIC_DEFAULT' &&
        // SYMMETRIC_DEFAULT keys are always ENCRYPT_DECRYPT (moto omits KeyUsage).
        (m.KeyUsage ?? 'ENCRYPT_DECRYPT') === 'ENCRYPT_DECRYPT' &&
        (m.Origin ?? 'AWS_KMS') === 'AWS_KMS' &&
        m.KeyState !== 'PendingDeletion' &&
        m.KeyState !== 'PendingReplicaDeletion');
}
export const kmsKeys = defineCollector({
    id: 'kms.keys',
    scope: 'regional',
    iamActions: ['kms:ListKeys', 'kms:DescribeKey', 'kms:GetKeyRotationStatus', 'kms:GetKeyPolicy'],
    produces: ['AWS::KMS::Key'],
    async collect(ctx) {
        const { paginateListKeys, DescribeKeyCommand, GetKeyRotationStatusCommand, GetKeyPolicyCommand } = await sdk();
        const client = await kms(ctx);
        const keys = [];
        for await (const page of paginateListKeys({ client, pageSize: 1000 }, {}))
            keys.push(...(page.Keys ?? []));
        return mapLimit(keys, 8, async (k) => {
            let m;
            try {
                m = (await client.send(new DescribeKeyCommand({ KeyId: k.KeyId }))).KeyMetadata;
            }
            catch (e) {
                // A key policy can shut the scanner out of one key; keep the key, unclassified, so rules report ERROR for it.
                const why = failed(`DescribeKey: ${classifyAwsError(e).message}`);
                return { id: k.KeyId, arn: k.KeyArn, name: k.KeyId, account: ctx.account, region: ctx.region, tags: {}, type: 'AWS::KMS::Key', rotationEnabled: why, policy: why };
            }
            return {
                id: m.KeyId,
                arn: m.Arn ?? k.KeyArn,
                name: m.KeyId,
                account: ctx.account,
                region: ctx.region,
                // ListResourceTags is not called: no rule reads key tags yet.
                tags: {},
                type: 'AWS::KMS::Key',
                keyManager: m.KeyManager,
                keyState: m.KeyState,
                keySpec: m.KeySpec,
                keyUsage: m.KeyUsage,
                origin: m.Origin,
                deletionDate: iso(m.DeletionDate),
                rotationEnabled: rotationApplies(m)
                    ? await detail(async () => (await client.send(new GetKeyRotationStatusCommand({ KeyId: m.KeyId }))).KeyRotationEnabled ?? false)
                    : ok(null),
                policy: await detail(async () => parsePolicy((await client.send(new GetKeyPolicyCommand({ KeyId: m.KeyId, PolicyName: 'default' }))).Policy)),
            };
        });
    },
});
export const kmsCollectors = [kmsKeys];
