import { z } from 'zod';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
import { TAGGED_RESOURCES } from '../lib/tagRules.js';
/** `sagemaker:*` style patterns, compared case-insensitively. */
const typeMatches = (pattern, type) => new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i').test(type);
const params = z
    .object({
    /**
     * Tag keys required per resource type, keyed by `service:type` as the Tagging API ARN gives it
     * (`ecr:repository`, `sagemaker:endpoint`, `ec2:instance`); `*` matches any characters (`sagemaker:*`).
     */
    requiredTagKeysByType: z.record(z.string(), z.array(z.string().min(1))).default({}),
})
    .default({ requiredTagKeysByType: {} });
export default defineRule({
    id: 'resource_groups_tagged_resource_required_tags_by_type',
    title: 'Tagged resources of the listed types carry the tags required for their type',
    service: 'resource-groups',
    topic: 'security-best-practices',
    severity: 'low',
    resourceType: 'AWS::ResourceGroupsTaggingAPI::TaggedResource',
    requires: ['tagging.resources'],
    params,
    description: `${TAGGED_RESOURCES.scopeNote} For each resource whose \`service:type\` matches a key of \`requiredTagKeysByType\`, every listed tag key is present with a non-empty value; for example {"ecr:repository": ["owner", "data-classification"], "sagemaker:*": ["owner"]} asks owners of the Deep Learning Containers workload. Empty by default (the rule reports nothing): which tags a type needs is the organization's policy. Use resource_groups_tagged_resource_required_tags for keys every resource needs.`,
    risk: 'Without an owner or data-classification tag on the resources that hold models, images and training data, incidents cannot be routed and tag-based access control (aws:ResourceTag conditions) does not protect them.',
    remediation: {
        text: 'Open Tag Editor (Resource Groups & Tag Editor console), search the Region for the resource type, select the resources, choose Manage tags of selected resources, add the missing keys and save. Enforce it with an AWS Organizations tag policy that lists the key and the resource types it is enforced for.',
        cli: 'aws resourcegroupstaggingapi tag-resources --resource-arn-list <arn> --tags <key>=<value>',
        url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_tag-policies.html',
    },
    references: ['AWS Config managed rule required-tags', 'https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html'],
    evaluate({ inventory, params: p }) {
        const patterns = Object.entries(p.requiredTagKeysByType).filter(([, keys]) => keys.length);
        if (!patterns.length)
            return [];
        return TAGGED_RESOURCES.list(inventory).flatMap((r) => {
            if (r.type !== 'AWS::ResourceGroupsTaggingAPI::TaggedResource')
                return [];
            const matching = patterns.filter(([type]) => typeMatches(type, r.resourceType));
            if (!matching.length)
                return [];
            const required = [...new Set(matching.flatMap(([, keys]) => keys))];
            const missing = required.filter((k) => !r.tags[k]);
            return missing.length
                ? [fail(resourceRef(r), `${r.resourceType} ${named(r)} lacks the tag(s) required for its type: ${missing.join(', ')}.`, { resourceType: r.resourceType, missing, present: Object.keys(r.tags) })]
                : [pass(resourceRef(r), `${r.resourceType} ${named(r)} carries every tag required for its type (${required.join(', ')}).`)];
        });
    },
});
