import { classifyAwsError } from '../../aws/errors.js';
import { failed } from '../../inventory/base.js';
import { defineCollector } from '../defineCollector.js';
import { detail, mapLimit, parsePolicy } from '../util.js';
const sdk = () => import('@aws-sdk/client-s3');
const s3 = async (ctx, region) => ctx.clients.get((await sdk()).S3Client, region);
/** "s3://bucket/prefix", "bucket/prefix" or "bucket" → "bucket". */
export function bucketOfLocation(location) {
    const name = location?.replace(/^s3:\/\//i, '').split('/')[0]?.trim();
    return name || undefined;
}
/** GetBucketLocation answers null/"" for us-east-1 and the legacy "EU" for eu-west-1. */
export function regionOfLocationConstraint(constraint) {
    if (!constraint)
        return 'us-east-1';
    if (constraint === 'EU')
        return 'eu-west-1';
    return constraint;
}
/** The buckets other services deliver to, with why posture looks at each. */
export function deliveryBuckets(ctx) {
    const out = new Map();
    const add = (bucket, purpose) => {
        if (!bucket)
            return;
        if (!out.has(bucket))
            out.set(bucket, new Set());
        out.get(bucket).add(purpose);
    };
    for (const r of ctx.collectedSoFar('AWS::Config::DeliveryChannel'))
        if (r.type === 'AWS::Config::DeliveryChannel')
            add(r.s3BucketName, 'config-delivery');
    for (const r of ctx.collectedSoFar('AWS::CloudTrail::Trail'))
        if (r.type === 'AWS::CloudTrail::Trail')
            add(r.s3BucketName, 'cloudtrail-delivery');
    for (const r of ctx.collectedSoFar('AWS::Synthetics::Canary'))
        if (r.type === 'AWS::Synthetics::Canary')
            add(bucketOfLocation(r.artifactS3Location), 'synthetics-artifacts');
    return out;
}
export const s3DeliveryBuckets = defineCollector({
    id: 's3.deliveryBuckets',
    scope: 'global',
    iamActions: ['s3:GetBucketLocation', 's3:GetBucketPolicy', 's3:GetEncryptionConfiguration', 's3:GetBucketPublicAccessBlock'],
    produces: ['AWS::S3::Bucket'],
    dependsOn: ['config.deliveryChannels', 'cloudtrail.trails', 'synthetics.canaries'],
    async collect(ctx) {
        const { GetBucketLocationCommand, GetBucketPolicyCommand, GetBucketEncryptionCommand, GetPublicAccessBlockCommand } = await sdk();
        const buckets = [...deliveryBuckets(ctx)];
        const home = await s3(ctx, ctx.apiRegion);
        return mapLimit(buckets, 4, async ([Bucket, purposes]) => {
            const base = {
                id: Bucket,
                arn: `arn:aws:s3:::${Bucket}`,
                name: Bucket,
                account: ctx.account,
                region: ctx.region,
                tags: {},
                type: 'AWS::S3::Bucket',
                purposes: [...purposes].sort(),
            };
            let bucketRegion;
            try {
                bucketRegion = regionOfLocationConstraint((await home.send(new GetBucketLocationCommand({ Bucket }))).LocationConstraint);
            }
            catch (e) {
                // A missing bucket, or one in another account, is not "no policy, no encryption": every field is unknown.
                const why = failed(`GetBucketLocation: ${classifyAwsError(e).message}`);
                return { ...base, policy: why, encryption: why, publicAccessBlock: why };
            }
            const client = await s3(ctx, bucketRegion);
            return {
                ...base,
                bucketRegion,
                policy: await detail(async () => parsePolicy((await client.send(new GetBucketPolicyCommand({ Bucket }))).Policy)),
                encryption: await detail(async () => {
                    const rules = (await client.send(new GetBucketEncryptionCommand({ Bucket }))).ServerSideEncryptionConfiguration?.Rules ?? [];
                    const d = rules.find((r) => r.ApplyServerSideEncryptionByDefault)?.ApplyServerSideEncryptionByDefault;
                    return d?.SSEAlgorithm ? { sseAlgorithm: String(d.SSEAlgorithm), kmsMasterKeyId: d.KMSMasterKeyID } : null;
                }),
                publicAccessBlock: await detail(async () => {
                    const c = (await client.send(new GetPublicAccessBlockCommand({ Bucket }))).PublicAccessBlockConfiguration;
                    return c
                        ? {
                            blockPublicAcls: c.BlockPublicAcls ?? false,
                            ignorePublicAcls: c.IgnorePublicAcls ?? false,
                            blockPublicPolicy: c.BlockPublicPolicy ?? false,
                            restrictPublicBuckets: c.RestrictPublicBuckets ?? false,
                        }
                        : null;
                }),
            };
        });
    },
});
export const s3Collectors = [s3DeliveryBuckets];
