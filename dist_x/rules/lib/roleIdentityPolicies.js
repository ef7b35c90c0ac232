/**
 * AWS managed policies whose S3 grants are known (posture collects only customer managed policy
 * documents): each stands for the S3 part of the real document, enough to ask "may this role
 * touch any bucket?". AdministratorAccess and PowerUserAccess allow every S3 action on every
 * resource; AmazonS3ReadOnlyAccess allows s3:Get* and s3:List* on every resource.
 */
const KNOWN_AWS_MANAGED = {
    AdministratorAccess: { 'Version': '2012-10-17', 'Statement': [{ 'Effect': 'Allow', 'Action': '*', 'Resource': '*' }] },
    PowerUserAccess: { 'Version': '2012-10-17', 'Statement': [{ 'Effect': 'Allow', 'NotAction': ['iam:*', 'organizations:*', 'account:*'], 'Resource': '*' }] },
    AmazonS3FullAccess: { 'Version': '2012-10-17', 'Statement': [{ 'Effect': 'Allow', 'Action': ['s3:*', 's3-object-lambda:*'], 'Resource': '*' }] },
    AmazonS3ReadOnlyAccess: { 'Version': '2012-10-17', 'Statement': [{ 'Effect': 'Allow', 'Action': ['s3:Get*', 's3:List*', 's3:Describe*', 's3-object-lambda:Get*', 's3-object-lambda:List*'], 'Resource': '*' }] },
};
/** The identity policies of a role, split into those posture can evaluate and those it cannot. */
export function rolePolicies(inventory, role) {
    if (!role.inlinePolicies.ok)
        return { known: [], unknown: [], error: `inline policies: ${role.inlinePolicies.error}` };
    if (!role.attachedPolicyArns.ok)
        return { known: [], unknown: [], error: `attached policies: ${role.attachedPolicyArns.error}` };
    const known = (role.inlinePolicies.value ?? []).map((p) => ({ name: `inline ${p.name}`, document: p.document }));
    const unknown = [];
    const managed = new Map(inventory.all('AWS::IAM::ManagedPolicy').map((p) => [p.arn, p]));
    for (const arn of role.attachedPolicyArns.value ?? []) {
        const awsManaged = /^arn:[^:]+:iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec(arn)?.[1];
        if (awsManaged) {
            if (KNOWN_AWS_MANAGED[awsManaged])
                known.push({ name: arn, document: KNOWN_AWS_MANAGED[awsManaged] });
            else
                unknown.push(arn);
            continue;
        }
        const doc = managed.get(arn)?.document;
        if (doc?.ok && doc.value)
            known.push({ name: arn, document: doc.value });
        else
            unknown.push(arn);
    }
    return { known, unknown };
}
