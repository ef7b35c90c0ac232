import { serviceGrantsBoundRule } from '../lib/resourcePolicy.js';
export default serviceGrantsBoundRule({
    id: 'ecr_repository_policy_service_grants_bound',
    title: 'Repository policy binds grants to AWS services to this account\'s sources',
    service: 'ecr',
    severity: 'medium',
    resourceType: 'AWS::ECR::Repository',
    requires: ['ecr.repositories'],
    noun: 'repository policy',
    subjects: (inventory) => inventory.all('AWS::ECR::Repository').map((r) => ({ resource: r, policy: r.policy })),
    description: 'Every Allow statement that admits a service principal (for example lambda.amazonaws.com or codebuild.amazonaws.com) carries an aws:SourceArn or aws:SourceAccount condition naming this account\'s resources.',
    risk: 'Without a source condition the service acting on behalf of any other customer can use the grant (the cross-service confused deputy), e.g. a Lambda function in another account pulling the images.',
    remediation: {
        text: 'In the Amazon ECR console, select the repository, choose Permissions > Edit policy JSON, and add to each service statement a condition such as "StringLike": {"aws:sourceArn": "arn:aws:lambda:<region>:<account>:function:*"}.',
        cli: 'aws ecr set-repository-policy --repository-name <name> --policy-text file://policy.json',
        terraform: 'data "aws_iam_policy_document" "repo" { statement { principals { type = "Service" identifiers = ["lambda.amazonaws.com"] } condition { test = "StringLike" variable = "aws:sourceArn" values = ["arn:aws:lambda:<region>:<account>:function:*"] } } }',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    },
    references: [],
});
