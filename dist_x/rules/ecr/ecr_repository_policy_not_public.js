import { policyNotPublicRule } from '../lib/resourcePolicy.js';
export default policyNotPublicRule({
    id: 'ecr_repository_policy_not_public',
    title: 'Repository policy does not allow everyone',
    service: 'ecr',
    severity: 'high',
    resourceType: 'AWS::ECR::Repository',
    requires: ['ecr.repositories'],
    noun: 'repository policy',
    subjects: (inventory) => inventory.all('AWS::ECR::Repository').map((r) => ({ resource: r, policy: r.policy })),
    description: 'No Allow statement of the repository policy admits Principal "*" (or {"AWS": "*"}) without a condition that confines callers, such as aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceAccount, aws:SourceArn or aws:SourceVpce.',
    risk: 'Anyone with an AWS account can pull (or, with write actions, overwrite) the images, exposing code, model weights and embedded secrets, or planting a backdoored image.',
    remediation: {
        text: 'In the Amazon ECR console, select the repository, choose Permissions > Edit policy JSON, and replace "*" principals with specific accounts or roles, or add a condition such as aws:PrincipalOrgID.',
        cli: 'aws ecr set-repository-policy --repository-name <name> --policy-text file://policy.json',
        terraform: 'resource "aws_ecr_repository_policy" "x" { repository = "<name>" policy = data.aws_iam_policy_document.restricted.json }',
        url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html',
    },
    references: [],
});
