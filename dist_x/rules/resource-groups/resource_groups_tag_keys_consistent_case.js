import { defineRule, fail, pass, scopeRef } from '../../engine/defineRule.js';
export default defineRule({
    id: 'resource_groups_tag_keys_consistent_case',
    title: 'Each tag key is spelled with one capitalisation across the account',
    service: 'resource-groups',
    topic: 'security-best-practices',
    severity: 'low',
    resourceType: 'AWS::Account',
    scope: 'account',
    requires: ['tagging.resources'],
    description: 'Across every resource the Resource Groups Tagging API lists in the scanned Regions, no tag key is used with two or more capitalisations (for example "Owner" and "owner"). AWS system keys (prefix aws:) are left out. Tag keys are case-sensitive: resource groups, tag policies, cost allocation and tag-based automation treat the spellings as different keys.',
    risk: 'A group query, a tag policy or an access rule written for "Owner" silently misses the resources tagged "owner": they fall out of patching groups, monitoring dashboards, cost reports and tag-based reviews that are believed to cover them.',
    remediation: {
        text: 'Pick one spelling for each key (AWS recommends a consistent case convention). In Tag Editor, search for resources with the other spellings, add the key in the chosen spelling with the same value, and remove the old key. Enforce the spelling with an AWS Organizations tag policy.',
        cli: 'aws resourcegroupstaggingapi get-resources --tag-filters Key=<other-spelling>; aws resourcegroupstaggingapi tag-resources --resource-arn-list <arns> --tags <ChosenKey>=<value>; aws resourcegroupstaggingapi untag-resources --resource-arn-list <arns> --tag-keys <other-spelling>',
        url: 'https://docs.aws.amazon.com/tag-editor/latest/userguide/best-practices-and-strats.html',
    },
    references: ['https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_tag-policies.html'],
    evaluate({ inventory, account }) {
        const ref = scopeRef(account, undefined, 'AWS::Account');
        const spellings = new Map();
        let resources = 0;
        for (const r of inventory.all('AWS::ResourceGroupsTaggingAPI::TaggedResource')) {
            resources++;
            for (const key of Object.keys(r.tags)) {
                if (key.toLowerCase().startsWith('aws:'))
                    continue;
                const forms = spellings.get(key.toLowerCase()) ?? new Map();
                forms.set(key, (forms.get(key) ?? 0) + 1);
                spellings.set(key.toLowerCase(), forms);
            }
        }
        const mixed = [...spellings.values()].filter((forms) => forms.size > 1).map((forms) => Object.fromEntries(forms));
        return mixed.length
            ? [fail(ref, `${mixed.length} tag key(s) are spelled with more than one capitalisation: ${mixed.map((m) => Object.keys(m).map((k) => `"${k}"`).join(' / ')).join('; ')}.`, { spellings: mixed })]
            : [pass(ref, `${spellings.size} tag key(s) on ${resources} tagged resource(s) are each spelled one way.`)];
    },
});
