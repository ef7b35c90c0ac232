import { z } from 'zod';
import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { ok } from '../../inventory/base.js';
import { resourceRef, named } from './refs.js';
import { compilePatterns, describeHits, sensitiveTags } from '../../analysis/secrets/sensitiveText.js';
import { each } from './each.js';
export const GROUPS = {
    resourceType: 'AWS::ResourceGroups::Group',
    collector: 'resourceGroups.groups',
    noun: 'resource group',
    list: (inv) => inv.all('AWS::ResourceGroups::Group'),
    tags: (r) => (r.type === 'AWS::ResourceGroups::Group' ? r.tagsRead : ok(r.tags)),
    scopeNote: 'Every resource group of the Region, with the tags of the group itself (GetTags).',
};
export const TAGGED_RESOURCES = {
    resourceType: 'AWS::ResourceGroupsTaggingAPI::TaggedResource',
    collector: 'tagging.resources',
    noun: 'tagged resource',
    // Resource groups come back from the Tagging API too; their own rule already covers them.
    list: (inv) => inv.all('AWS::ResourceGroupsTaggingAPI::TaggedResource').filter((r) => r.resourceType !== 'resource-groups:group'),
    tags: (r) => ok(r.tags),
    scopeNote: 'Every resource the Resource Groups Tagging API lists in the Region (GetResources). That API lists only resources that carry, or once carried, tags, and only services it supports; resources never tagged are not seen.',
};
const TAGGING_DOC = 'https://docs.aws.amazon.com/tag-editor/latest/userguide/best-practices-and-strats.html';
export const RG_SECURITY_DOC = 'https://docs.aws.amazon.com/ARG/latest/userguide/security_best-practices.html';
export function tagsNoSecretsRule(v) {
    const s = v.subject;
    return defineRule({
        id: v.id,
        title: `${s.noun[0].toUpperCase()}${s.noun.slice(1)} tags hold no secrets or credentials`,
        service: 'resource-groups',
        topic: 'data-protection',
        severity: v.severity,
        resourceType: s.resourceType,
        requires: [s.collector],
        params: z.object({ extraPatterns: z.array(z.string()).default([]) }).default({ extraPatterns: [] }),
        description: `${s.scopeNote} A tag fails when its key or value has the shape of a credential (AWS access key id or secret key, private key, GitHub/GitLab/Slack/Stripe/Google token, JWT, password in a URL, "password=..."), or when its key names a secret (password, secret, token, api key...) and its value looks like one rather than a reference to where it is stored. \`extraPatterns\` adds case-insensitive regular expressions (for example an email pattern, which is not flagged by default because owner tags with work addresses are common). Findings name the tag key, never the value.`,
        risk: 'AWS: "Do not store personally identifiable information (PII) or other confidential or sensitive information in tags." Tags are service metadata: not encrypted, readable by anyone with tag:GetResources or the service\'s describe permission, and, once activated as cost allocation tags, shown in billing reports.',
        remediation: {
            text: 'Rotate the exposed credential first (it must be considered leaked). Then open Tag Editor (Resource Groups & Tag Editor console), find the resource, and delete or replace the tag; keep secrets in AWS Secrets Manager and, if needed, tag the resource with the secret\'s ARN instead.',
            cli: s.resourceType === 'AWS::ResourceGroups::Group' ? 'aws resource-groups untag --arn <group-arn> --keys <tag-key>' : 'aws resourcegroupstaggingapi untag-resources --resource-arn-list <arn> --tag-keys <tag-key>',
            url: TAGGING_DOC,
        },
        references: [RG_SECURITY_DOC, 'https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/overview.html'],
        evaluate({ inventory, params }) {
            const extra = compilePatterns(params.extraPatterns);
            return each(s.list(inventory), (r) => {
                const tags = s.tags(r);
                if (!tags.ok)
                    return error(resourceRef(r), `Could not read the tags of ${s.noun} ${named(r)}: ${tags.error}`);
                const hits = sensitiveTags(tags.value ?? {}, extra);
                return hits.length
                    ? fail(resourceRef(r), `${s.noun} ${named(r)} has sensitive tag content: ${describeHits(hits)}.`, { hits })
                    : pass(resourceRef(r), () => `${s.noun} ${named(r)}: none of its ${Object.keys(tags.value ?? {}).length} tag(s) looks like a secret.`);
            });
        },
    });
}
export function requiredTagsRule(v) {
    const s = v.subject;
    return defineRule({
        id: v.id,
        title: `${s.noun[0].toUpperCase()}${s.noun.slice(1)} carries the required tags`,
        service: 'resource-groups',
        topic: 'security-best-practices',
        severity: v.severity,
        resourceType: s.resourceType,
        requires: [s.collector],
        params: z.object({ requiredTagKeys: z.array(z.string().min(1)).default([]) }).default({ requiredTagKeys: [] }),
        description: `${s.scopeNote} Each one has every tag key in \`requiredTagKeys\` (case-sensitive, like AWS tag keys) with a non-empty value. The list is empty by default, and with an empty list the rule reports nothing: which tags an organization requires is its own policy.`,
        risk: 'Owner, environment and data-classification tags are how incidents are routed and how tag-based access control (aws:ResourceTag conditions) decides access; a resource without them has no owner to call and may fall outside those policies.',
        remediation: {
            text: 'Open Tag Editor (Resource Groups & Tag Editor console), search the Region for the resource, select it, choose Manage tags of selected resources, add the missing keys and save. Enforce it going forward with an AWS Organizations tag policy or the required-tags Config rule.',
            cli: s.resourceType === 'AWS::ResourceGroups::Group' ? 'aws resource-groups tag --arn <group-arn> --tags <key>=<value>' : 'aws resourcegroupstaggingapi tag-resources --resource-arn-list <arn> --tags <key>=<value>',
            url: 'https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html',
        },
        references: ['AWS Config managed rule required-tags', TAGGING_DOC],
        evaluate({ inventory, params }) {
            const required = params.requiredTagKeys;
            if (!required.length)
                return [];
            return each(s.list(inventory), (r) => {
                const tags = s.tags(r);
                if (!tags.ok)
                    return error(resourceRef(r), `Could not read the tags of ${s.noun} ${named(r)}: ${tags.error}`);
                const have = tags.value ?? {};
                const missing = required.filter((k) => !have[k]);
                return missing.length
                    ? fail(resourceRef(r), `${s.noun} ${named(r)} lacks required tag(s) ${missing.join(', ')}.`, { missing, present: Object.keys(have) })
                    : pass(resourceRef(r), () => `${s.noun} ${named(r)} carries all required tags (${required.join(', ')}).`);
            });
        },
    });
}
