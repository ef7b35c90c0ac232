import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { bucketUnknown, deliveryBucketOf } from '../lib/configRecorders.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'config_delivery_channel_bucket_blocks_public_access',
    title: 'AWS Config delivery bucket blocks all public access',
    service: 'config',
    topic: 'data-protection',
    severity: 'high',
    resourceType: 'AWS::Config::DeliveryChannel',
    requires: ['config.deliveryChannels', 's3.deliveryBuckets'],
    description: 'The S3 bucket each delivery channel writes to has all four bucket-level Block Public Access settings on. A bucket that could not be read (for example one in another account) is an error, not a pass.',
    risk: 'Configuration snapshots describe every recorded resource; a bucket that can be made public by a policy or ACL change can leak the account\'s whole layout.',
    remediation: {
        text: 'In the S3 console open the delivery bucket > Permissions > Block public access (bucket settings) > Edit, turn on all four settings and save.',
        cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
        terraform: 'resource "aws_s3_bucket_public_access_block" "config" { bucket = "<bucket>" block_public_acls = true ignore_public_acls = true block_public_policy = true restrict_public_buckets = true }',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    },
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-policy.html'],
    evaluate({ inventory }) {
        const buckets = inventory.accountWide('AWS::S3::Bucket');
        return inventory
            .all('AWS::Config::DeliveryChannel')
            .filter((c) => c.s3BucketName)
            .map((c) => {
            const ref = resourceRef(c);
            const b = deliveryBucketOf(c, buckets);
            if (!b)
                return error(ref, bucketUnknown(c, 'public access settings'));
            if (!b.publicAccessBlock.ok)
                return error(ref, `Could not read Block Public Access of delivery bucket ${c.s3BucketName}: ${b.publicAccessBlock.error}`);
            const pab = b.publicAccessBlock.value;
            if (!pab)
                return fail(ref, `Delivery bucket ${c.s3BucketName} of channel ${c.name} has no bucket-level Block Public Access configuration.`);
            const off = Object.entries(pab).filter(([, on]) => !on).map(([k]) => k);
            return off.length
                ? fail(ref, `Delivery bucket ${c.s3BucketName} of channel ${c.name} leaves ${off.join(', ')} off.`, { publicAccessBlock: pab })
                : pass(ref, `Delivery bucket ${c.s3BucketName} of channel ${c.name} blocks all public access.`, { publicAccessBlock: pab });
        });
    },
});
