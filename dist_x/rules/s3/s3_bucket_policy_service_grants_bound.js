import { serviceGrantsBoundRule } from '../lib/resourcePolicy.js';
export default serviceGrantsBoundRule({
    id: 's3_bucket_policy_service_grants_bound',
    title: 'Delivery bucket policy binds every service principal grant to this account',
    service: 's3',
    severity: 'medium',
    resourceType: 'AWS::S3::Bucket',
    requires: ['s3.deliveryBuckets'],
    noun: 'bucket policy',
    subjects: (inventory) => inventory.all('AWS::S3::Bucket').map((b) => ({ resource: b, policy: b.policy })),
    description: 'In each Config, CloudTrail or Synthetics delivery bucket policy, every Allow to a service principal (config.amazonaws.com, cloudtrail.amazonaws.com…) is bound by aws:SourceAccount, aws:SourceArn, aws:SourceOrgID or aws:SourceOrgPaths with a binding operator and concrete values, as the AWS Config and CloudTrail bucket policy templates do.',
    risk: 'An unbound grant lets the service write into (or read the ACL of) the bucket for any customer who names it as their delivery target: another account can fill or spoof your audit trail.',
    remediation: {
        text: 'In the S3 console, open the bucket, choose Permissions > Bucket policy > Edit, and add to each statement for config.amazonaws.com or cloudtrail.amazonaws.com a condition such as "StringEquals": {"aws:SourceAccount": "<account-id>"} (Config) or "StringEquals": {"aws:SourceArn": "arn:aws:cloudtrail:<region>:<account-id>:trail/<trail>"} (CloudTrail).',
        cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://policy-with-source-conditions.json',
        terraform: 'data "aws_iam_policy_document" "bucket" { statement { principals { type = "Service" identifiers = ["config.amazonaws.com"] } condition { test = "StringEquals" variable = "aws:SourceAccount" values = ["<account-id>"] } } }',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-policy.html',
    },
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html'],
});
