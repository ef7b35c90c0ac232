import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'ecr_repository_tag_immutability_enabled',
    title: 'Repository image tags are immutable',
    service: 'ecr',
    topic: 'security-best-practices',
    severity: 'medium',
    resourceType: 'AWS::ECR::Repository',
    requires: ['ecr.repositories'],
    description: 'The repository is set to IMMUTABLE (or IMMUTABLE_WITH_EXCLUSION), so a pushed tag can never be pointed at a different image.',
    risk: 'With mutable tags anyone allowed to push can replace the image behind a tag that tasks, endpoints and pipelines pull, silently swapping in untested or malicious code.',
    remediation: {
        text: 'In the Amazon ECR console, select the repository, choose Edit, turn on Tag immutability, and save. Push new versions under new tags.',
        cli: 'aws ecr put-image-tag-mutability --repository-name <name> --image-tag-mutability IMMUTABLE',
        terraform: 'resource "aws_ecr_repository" "x" { image_tag_mutability = "IMMUTABLE" }',
        url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
    },
    references: ['AWS FSBP ECR.2'],
    evaluate({ inventory }) {
        return inventory.all('AWS::ECR::Repository').map((r) => r.imageTagMutability.startsWith('IMMUTABLE')
            ? pass(resourceRef(r), `${named(r)} has ${r.imageTagMutability} tags.`)
            : fail(resourceRef(r), `${named(r)} has ${r.imageTagMutability} tags: a tag can be moved to another image.`, { imageTagMutability: r.imageTagMutability }));
    },
});
