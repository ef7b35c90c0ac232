import { deniedForEveryone } from '../../analysis/iam/privileges.js';
import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
/**
 * Is a plain-HTTP object read and write denied to every caller (own account, other accounts,
 * anonymous, services)? Asked of the evaluator with aws:SecureTransport=false. The resource is
 * the bucket's, so Resource is not compared: S3 only accepts policies about their own bucket.
 */
function deniesInsecureTransport(doc, account) {
    const denies = deniedForEveryone(doc, ['s3:GetObject', 's3:PutObject'], { 'aws:SecureTransport': 'false' }, account);
    return denies?.map((d) => d.label).join(', ');
}
export default defineRule({
    id: 's3_bucket_secure_transport_policy',
    title: 'Delivery bucket policy denies requests that do not use TLS',
    service: 's3',
    topic: 'data-protection',
    severity: 'medium',
    resourceType: 'AWS::S3::Bucket',
    requires: ['s3.deliveryBuckets'],
    description: 'Each Config, CloudTrail or Synthetics delivery bucket policy has a Deny for every principal ("*") covering s3:GetObject and s3:PutObject (s3:* or *) with the condition "Bool": {"aws:SecureTransport": "false"}.',
    risk: 'Without the Deny, clients can read or write the bucket over plain HTTP, exposing log contents and credentials-bearing requests to anyone on the path.',
    remediation: {
        text: 'In the S3 console, open the bucket, choose Permissions > Bucket policy > Edit, and add a statement: Effect Deny, Principal "*", Action "s3:*", Resource the bucket and bucket/*, Condition {"Bool": {"aws:SecureTransport": "false"}}.',
        cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://policy-with-deny-insecure-transport.json',
        terraform: 'data "aws_iam_policy_document" "bucket" { statement { effect = "Deny" actions = ["s3:*"] resources = ["<bucket-arn>", "<bucket-arn>/*"] principals { type = "*" identifiers = ["*"] } condition { test = "Bool" variable = "aws:SecureTransport" values = ["false"] } } }',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit',
    },
    references: ['CIS AWS Foundations 2.1.1 (v3.0)', 'AWS FSBP S3.5'],
    evaluate({ inventory, account }) {
        return inventory.all('AWS::S3::Bucket').map((b) => {
            const policy = b.policy;
            if (!policy.ok)
                return error(resourceRef(b), `Could not read the bucket policy of ${named(b)}: ${policy.error}`);
            if (policy.value === null)
                return fail(resourceRef(b), `Bucket ${named(b)} has no bucket policy, so nothing denies plain-HTTP requests.`);
            const deny = deniesInsecureTransport(policy.value, b.account ?? account);
            return deny
                ? pass(resourceRef(b), `Bucket ${named(b)} denies non-TLS requests in ${deny}.`)
                : fail(resourceRef(b), `The bucket policy of ${named(b)} has no Deny for aws:SecureTransport false.`);
        });
    },
});
