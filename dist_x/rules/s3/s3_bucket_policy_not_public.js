import { policyNotPublicRule } from '../lib/resourcePolicy.js';
export default policyNotPublicRule({
    id: 's3_bucket_policy_not_public',
    title: 'Delivery bucket policy does not allow access to every principal',
    service: 's3',
    severity: 'critical',
    resourceType: 'AWS::S3::Bucket',
    requires: ['s3.deliveryBuckets'],
    noun: 'bucket policy',
    subjects: (inventory) => inventory.all('AWS::S3::Bucket').map((b) => ({ resource: b, policy: b.policy })),
    description: 'Fails a Config, CloudTrail or Synthetics delivery bucket whose policy has an Allow with Principal "*" or {"AWS": "*"} and no condition restricting the caller (aws:PrincipalOrgID, aws:SourceVpce, aws:SourceIp other than 0.0.0.0/0, aws:PrincipalArn and similar).',
    risk: 'A public statement on a log bucket can let anyone read the account\'s API history and configuration snapshots, or delete and overwrite them.',
    remediation: {
        text: 'In the S3 console, open the bucket, choose Permissions > Bucket policy > Edit, and remove the "*" principal statement or restrict it with a condition such as "StringEquals": {"aws:PrincipalOrgID": "<org-id>"}.',
        cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://policy-without-public-statements.json',
        terraform: 'resource "aws_s3_bucket_policy" "x" { bucket = "<bucket>" policy = data.aws_iam_policy_document.bucket.json }',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
    },
    references: ['AWS FSBP S3.2', 'AWS FSBP S3.3'],
});
