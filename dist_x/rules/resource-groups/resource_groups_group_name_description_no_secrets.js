import { z } from 'zod';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
import { compilePatterns, describeHits, sensitiveText } from '../../analysis/secrets/sensitiveText.js';
import { RG_SECURITY_DOC } from '../lib/tagRules.js';
export default defineRule({
    id: 'resource_groups_group_name_description_no_secrets',
    title: 'Resource group name and description hold no secrets or credentials',
    service: 'resource-groups',
    topic: 'data-protection',
    severity: 'medium',
    resourceType: 'AWS::ResourceGroups::Group',
    requires: ['resourceGroups.groups'],
    params: z.object({ extraPatterns: z.array(z.string()).default([]) }).default({ extraPatterns: [] }),
    description: 'The name and description of each resource group contain nothing shaped like a credential (AWS access key id or secret key, private key, provider tokens, JWT, password in a URL, "password=..."). `extraPatterns` adds case-insensitive regular expressions.',
    risk: 'AWS: group names are service metadata and are not encrypted, so they must not hold sensitive information. Descriptions are private but are still returned to anyone allowed to list groups; a credential there is a credential outside Secrets Manager.',
    remediation: {
        text: 'Rotate the exposed credential first. A group cannot be renamed: create a replacement group with a neutral name (same query and tags) and delete the old one; for a description, open the group in the Resource Groups console, choose Edit, and remove the text.',
        cli: 'aws resource-groups update-group --group <group-arn> --description "<neutral text>"',
        url: RG_SECURITY_DOC,
    },
    references: [RG_SECURITY_DOC],
    evaluate({ inventory, params }) {
        const extra = compilePatterns(params.extraPatterns);
        return inventory.all('AWS::ResourceGroups::Group').map((g) => {
            const hits = [...sensitiveText('name', g.name, extra), ...sensitiveText('description', g.description, extra)];
            return hits.length
                ? fail(resourceRef(g), `Resource group ${named(g)} has sensitive content in its ${describeHits(hits)}.`, { hits })
                : pass(resourceRef(g), `Resource group ${named(g)}: neither its name nor its description looks like a secret.`);
        });
    },
});
