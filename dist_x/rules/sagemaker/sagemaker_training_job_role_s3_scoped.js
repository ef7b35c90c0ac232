import { allowingStatements, evaluateRequest } from '../../analysis/iam/evaluate.js';
import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
import { rolePolicies } from '../lib/roleIdentityPolicies.js';
import { roleAccount, roleByArn } from '../lib/sagemakerRoles.js';
/** A bucket no training job uses: if the role may touch it, its S3 access is not confined to its own data. */
const PROBE_BUCKET = 'posture-probe-unrelated-bucket';
const PROBES = [
    { action: 's3:GetObject', resource: `arn:aws:s3:::${PROBE_BUCKET}/data/object` },
    { action: 's3:PutObject', resource: `arn:aws:s3:::${PROBE_BUCKET}/data/object` },
];
export default defineRule({
    id: 'sagemaker_training_job_role_s3_scoped',
    title: 'Training job role can reach only its own S3 data',
    service: 'sagemaker',
    topic: 'identity-and-access-management',
    severity: 'medium',
    resourceType: 'AWS::SageMaker::TrainingJob',
    requires: ['sagemaker.trainingJobs', 'iam.roles', 'iam.policies'],
    description: 'The execution role of a recent training job cannot read (s3:GetObject) or write (s3:PutObject) objects of an arbitrary bucket of the account, unrelated to the job\'s input, output and checkpoint locations. Its identity policies (inline, customer managed, and the AWS managed AdministratorAccess, PowerUserAccess, AmazonS3FullAccess and AmazonS3ReadOnlyAccess) are evaluated with posture\'s IAM policy evaluator for a same-account bucket. Other AWS managed policies are not collected: a role with one is ERROR unless its known policies already allow the access. Bucket policies and SCPs are not considered.',
    risk: 'Training code, its dependencies and the model being trained all run as this role. With S3 access beyond the job\'s data, a malicious package or a poisoned dataset can read other teams\' data or overwrite other models and artifacts in the account.',
    remediation: {
        text: 'In the IAM console, open the role and replace S3 grants on "*" (or AmazonS3FullAccess / AmazonS3ReadOnlyAccess) with a policy that allows s3:GetObject and s3:ListBucket on the training data prefixes and s3:PutObject on the output and checkpoint prefixes only.',
        cli: 'aws iam put-role-policy --role-name <role> --policy-name training-data --policy-document file://scoped-s3.json && aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess',
        terraform: 'data "aws_iam_policy_document" "training" { statement { actions = ["s3:GetObject"] resources = ["arn:aws:s3:::<data-bucket>/<prefix>/*"] } statement { actions = ["s3:PutObject"] resources = ["arn:aws:s3:::<output-bucket>/<prefix>/*"] } }',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html',
    },
    references: [],
    evaluate({ inventory, account }) {
        return judgeEach(inventory, 'AWS::SageMaker::TrainingJob', (j) => {
            const ref = resourceRef(j);
            if (!j.roleArn)
                return error(ref, `Training job ${named(j)} reports no execution role.`);
            const role = roleByArn(inventory, j.roleArn);
            if (!role)
                return roleAccount(j.roleArn) === account
                    ? null // deleted since the job ran: nothing left to scope
                    : error(ref, `The execution role ${j.roleArn} of training job ${named(j)} is in another account, so its policies cannot be read.`);
            const policies = rolePolicies(inventory, role);
            if (policies.error)
                return error(ref, `Could not read the policies of role ${named(role)} (training job ${named(j)}): ${policies.error}`);
            const owner = role.account ?? account;
            const roleArn = role.arn ?? j.roleArn;
            const allowed = PROBES.map((p) => ({
                ...p,
                result: evaluateRequest({
                    identityPolicies: policies.known,
                    request: {
                        principal: { type: 'AWS', arn: roleArn, account: owner },
                        action: p.action,
                        resource: p.resource,
                        resourceAccount: owner,
                        context: { 'aws:PrincipalAccount': owner, 'aws:PrincipalArn': roleArn, 'aws:ResourceAccount': owner, 's3:ResourceAccount': owner },
                    },
                }),
            })).filter((p) => p.result.decision === 'Allow');
            const evidence = { role: roleArn, jobS3: j.s3Uris ?? null };
            if (allowed.length)
                return fail(ref, `Training job ${named(j)} runs as role ${named(role)}, which may ${allowed.map((a) => a.action).join(' and ')} in any bucket of the account, not only the job's data (${allowingStatements(allowed[0].result).map((m) => `${m.policy} ${m.label}`).join(', ')}).`, { ...evidence, allowedActions: allowed.map((a) => a.action), statements: allowed.flatMap((a) => allowingStatements(a.result)) });
            if (policies.unknown.length)
                return error(ref, `Role ${named(role)} of training job ${named(j)} has policies whose documents posture does not collect (${policies.unknown.join(', ')}), so its S3 reach is unknown.`, {
                    ...evidence,
                    unknownPolicies: policies.unknown,
                });
            return pass(ref, `Training job ${named(j)} runs as role ${named(role)}, which cannot read or write objects in a bucket unrelated to the job.`, evidence);
        });
    },
});
