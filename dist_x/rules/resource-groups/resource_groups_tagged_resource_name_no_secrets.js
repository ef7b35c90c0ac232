import { z } from 'zod';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
import { compilePatterns, sensitiveText } from '../../analysis/secrets/sensitiveText.js';
import { TAGGED_RESOURCES } from '../lib/tagRules.js';
export default defineRule({
    id: 'resource_groups_tagged_resource_name_no_secrets',
    title: 'Tagged resource names hold no secrets or credentials',
    service: 'resource-groups',
    topic: 'data-protection',
    severity: 'medium',
    resourceType: 'AWS::ResourceGroupsTaggingAPI::TaggedResource',
    requires: ['tagging.resources'],
    params: z.object({ extraPatterns: z.array(z.string()).default([]) }).default({ extraPatterns: [] }),
    description: `${TAGGED_RESOURCES.scopeNote} The name part of each resource's ARN (bucket, log group, repository, role, canary name...) contains nothing shaped like a credential (AWS access key id or secret key, private key, provider tokens, JWT, password in a URL, "password=..."). \`extraPatterns\` adds case-insensitive regular expressions. Findings name the kind of secret, and the resource only by its type.`,
    risk: 'A resource name is part of its ARN: it appears in CloudTrail events, IAM policies, billing data, error messages and (for canaries) outbound User-Agent headers, and is readable by anyone who may list the resource. AWS asks never to put sensitive information into free-form fields such as names.',
    remediation: {
        text: 'Rotate the exposed credential first: it must be considered leaked. Most resources cannot be renamed; create a replacement with a neutral name, move data and references to it, and delete the old one.',
        cli: 'aws resourcegroupstaggingapi get-resources --resource-type-filters <service:type>   # find the resource, then recreate it under a neutral name with that service\'s CLI',
        url: 'https://docs.aws.amazon.com/tag-editor/latest/userguide/best-practices-and-strats.html',
    },
    references: ['https://docs.aws.amazon.com/ARG/latest/userguide/security_best-practices.html'],
    evaluate({ inventory, params }) {
        const extra = compilePatterns(params.extraPatterns);
        return TAGGED_RESOURCES.list(inventory).map((r) => {
            const hit = sensitiveText('name', r.name, extra)[0];
            const type = r.type === 'AWS::ResourceGroupsTaggingAPI::TaggedResource' ? r.resourceType : r.type;
            // The name is the finding: the message does not repeat it.
            return hit
                ? fail(resourceRef(r), `A ${type} resource has a name containing a ${hit.kind}.`, { resourceType: type, kind: hit.kind })
                : pass(resourceRef(r), `The name of ${type} ${r.name ?? r.id} does not look like it holds a secret.`);
        });
    },
});
