import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
const SETTINGS = ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'];
export default defineRule({
    id: 's3_bucket_public_access_block_enabled',
    title: 'Delivery bucket blocks all public access at the bucket level',
    service: 's3',
    topic: 'data-protection',
    severity: 'high',
    resourceType: 'AWS::S3::Bucket',
    requires: ['s3.deliveryBuckets'],
    description: 'Each bucket that receives AWS Config, CloudTrail or CloudWatch Synthetics deliveries has all four S3 Block Public Access settings on at the bucket level (BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets). Account-level settings are not read by this rule.',
    risk: 'These buckets hold the account\'s configuration history, API activity and canary screenshots; one public ACL or policy statement would expose them, and Block Public Access is the guard that overrides such mistakes.',
    remediation: {
        text: 'In the S3 console, open the bucket, choose Permissions > Block public access (bucket settings) > Edit, select "Block all public access", and save.',
        cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
        terraform: 'resource "aws_s3_bucket_public_access_block" "x" { bucket = "<bucket>" block_public_acls = true ignore_public_acls = true block_public_policy = true restrict_public_buckets = true }',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    },
    references: ['CIS AWS Foundations 2.1.4 (v3.0)', 'AWS FSBP S3.8'],
    evaluate({ inventory }) {
        return inventory.all('AWS::S3::Bucket').map((b) => {
            const pab = b.publicAccessBlock;
            if (!pab.ok)
                return error(resourceRef(b), `Could not read the public access block of bucket ${named(b)}: ${pab.error}`);
            if (pab.value === null)
                return fail(resourceRef(b), `Bucket ${named(b)} (${b.purposes.join(', ')}) has no bucket-level public access block.`);
            const off = SETTINGS.filter((s) => !pab.value[s]);
            return off.length
                ? fail(resourceRef(b), `Bucket ${named(b)} (${b.purposes.join(', ')}) has ${off.join(', ')} off.`, { publicAccessBlock: pab.value })
                : pass(resourceRef(b), `Bucket ${named(b)} blocks all public access.`);
        });
    },
});
