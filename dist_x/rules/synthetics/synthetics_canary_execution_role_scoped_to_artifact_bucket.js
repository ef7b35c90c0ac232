import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
import { AWS_MANAGED_WITHOUT_S3, findRole, roleMayCall, rolePolicies } from '../lib/roleAccess.js';
/** A bucket no canary writes to: if the role may put objects there, it may put them anywhere. */
const OTHER_BUCKET = 'posture-probe-not-the-canary-bucket';
const PERMISSIONS_DOC = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries_CanaryPermissions.html';
export default defineRule({
    id: 'synthetics_canary_execution_role_scoped_to_artifact_bucket',
    title: 'Canary execution role can write only to the canary\'s own artifact bucket',
    service: 'synthetics',
    topic: 'canary-security',
    severity: 'medium',
    resourceType: 'AWS::Synthetics::Canary',
    requires: ['synthetics.canaries', 'iam.roles', 'iam.policies'],
    description: 'Evaluates the identity policies of each canary\'s execution role (inline and attached) with the IAM policy evaluator: the role must not be allowed s3:PutObject on a bucket other than the one in the canary\'s artifact location. AWS\'s canary role policy grants s3:PutObject only on the results bucket (arn:aws:s3:::<bucket>/<prefix>/*). Conditions are assumed to hold, since the canary code chooses how it calls. A role in another account, an unreadable policy, or an attached AWS managed policy whose document posture does not hold (other than Lambda basic/VPC execution, X-Ray and Lambda Insights policies) is an error.',
    risk: 'The canary role runs arbitrary script code that loads third-party pages. With S3 write on every bucket, a compromised dependency or page script can overwrite or plant objects in any bucket of the account (website content, deployment artifacts, other canaries\' code).',
    remediation: {
        text: 'In the IAM console open the canary\'s role, edit the policy that grants S3 access, and restrict s3:PutObject to arn:aws:s3:::<artifact-bucket>/<prefix>/* (and s3:GetBucketLocation to the bucket); detach broad policies such as AmazonS3FullAccess.',
        cli: 'aws iam put-role-policy --role-name <canary-role> --policy-name canary-artifacts --policy-document file://put-object-on-artifact-bucket-only.json; aws iam detach-role-policy --role-name <canary-role> --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess',
        terraform: 'data "aws_iam_policy_document" "canary" { statement { actions = ["s3:PutObject"] resources = ["arn:aws:s3:::<artifact-bucket>/<prefix>/*"] } }',
        url: PERMISSIONS_DOC,
    },
    references: [PERMISSIONS_DOC, 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/servicelens_canaries_security.html'],
    evaluate({ inventory }) {
        return inventory.all('AWS::Synthetics::Canary').map((c) => {
            const ref = resourceRef(c);
            const bucket = c.artifactS3Location?.replace(/^s3:\/\//i, '').split('/')[0];
            if (!c.executionRoleArn)
                return error(ref, `Canary ${named(c)} reports no execution role.`);
            const role = findRole(inventory, c.executionRoleArn);
            if (!role)
                return error(ref, `The execution role ${c.executionRoleArn} of canary ${named(c)} is not in the inventory (another account, or deleted), so its permissions are unknown.`);
            const policies = rolePolicies(inventory, role, AWS_MANAGED_WITHOUT_S3);
            if (!policies.ok)
                return error(ref, `Cannot judge the S3 permissions of role ${role.name} (canary ${named(c)}): ${policies.error}.`);
            const other = bucket === OTHER_BUCKET ? `${OTHER_BUCKET}-2` : OTHER_BUCKET;
            const via = roleMayCall(role, policies.value ?? [], 's3:PutObject', `arn:aws:s3:::${other}/canary/object`);
            return via.length
                ? fail(ref, `Execution role ${role.name} of canary ${named(c)} may write objects to buckets other than ${bucket ?? 'its artifact bucket'} (through ${via.join(', ')}).`, { role: role.arn, statements: via, artifactBucket: bucket ?? null })
                : pass(ref, `Execution role ${role.name} of canary ${named(c)} may not write to buckets other than its own${bucket ? ` (${bucket})` : ''}.`, { role: role.arn });
        });
    },
});
