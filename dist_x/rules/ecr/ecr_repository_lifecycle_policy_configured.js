import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'ecr_repository_lifecycle_policy_configured',
    title: 'Repository has a lifecycle policy',
    service: 'ecr',
    topic: 'security-best-practices',
    severity: 'low',
    resourceType: 'AWS::ECR::Repository',
    requires: ['ecr.repositories'],
    description: 'A lifecycle policy expires old and untagged images, so the repository does not keep every image ever pushed.',
    risk: 'Old images with known vulnerabilities stay pullable indefinitely and keep being deployed by mistake; storage cost grows without bound.',
    remediation: {
        text: 'In the Amazon ECR console, select the repository, choose Lifecycle Policy > Create rule, and expire untagged images and images beyond the number you need to keep.',
        cli: 'aws ecr put-lifecycle-policy --repository-name <name> --lifecycle-policy-text \'{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}\'',
        terraform: 'resource "aws_ecr_lifecycle_policy" "x" { repository = "<name>" policy = jsonencode({ rules = [{ rulePriority = 1, selection = { tagStatus = "untagged", countType = "sinceImagePushed", countUnit = "days", countNumber = 14 }, action = { type = "expire" } }] }) }',
        url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html',
    },
    references: ['AWS FSBP ECR.3'],
    evaluate({ inventory }) {
        return inventory.all('AWS::ECR::Repository').map((r) => {
            if (!r.lifecyclePolicy.ok)
                return error(resourceRef(r), `Could not read the lifecycle policy of ${named(r)}: ${r.lifecyclePolicy.error}`);
            return r.lifecyclePolicy.value
                ? pass(resourceRef(r), `${named(r)} has a lifecycle policy.`)
                : fail(resourceRef(r), `${named(r)} has no lifecycle policy: its images never expire.`);
        });
    },
});
