import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { MEMBER_COUNT_LIMIT } from '../../inventory/resources/resourceGroups.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'resource_groups_group_has_members',
    title: 'Resource group query matches at least one resource',
    service: 'resource-groups',
    topic: 'security-best-practices',
    severity: 'low',
    resourceType: 'AWS::ResourceGroups::Group',
    requires: ['resourceGroups.groups'],
    description: 'Each resource group\'s query currently matches at least one resource (ListGroupResources). An empty group usually means a tag was renamed or a CloudFormation stack was deleted.',
    risk: 'Automation, patching (Systems Manager), monitoring dashboards and tag-based access reviews that target an empty group silently do nothing, so resources believed to be covered are not.',
    remediation: {
        text: 'Open the group in the Resource Groups console and check its query: fix the tag key/value or stack it points at so it matches the intended resources, or delete the group if it is no longer used.',
        cli: 'aws resource-groups list-group-resources --group <group-arn>; aws resource-groups update-group-query --group <group-arn> --resource-query \'{"Type":"TAG_FILTERS_1_0","Query":"<query-json>"}\'',
        url: 'https://docs.aws.amazon.com/ARG/latest/userguide/updating-resource-groups.html',
    },
    references: ['https://docs.aws.amazon.com/ARG/latest/APIReference/API_ListGroupResources.html'],
    evaluate({ inventory }) {
        return inventory.all('AWS::ResourceGroups::Group').map((g) => {
            if (!g.memberCount.ok)
                return error(resourceRef(g), `Could not list the resources of group ${named(g)}: ${g.memberCount.error}`);
            const n = g.memberCount.value;
            if (n === null)
                return error(resourceRef(g), `Resource Groups returned no member list for group ${named(g)}.`);
            return n > 0
                ? pass(resourceRef(g), `Group ${named(g)} matches ${n >= MEMBER_COUNT_LIMIT ? `at least ${MEMBER_COUNT_LIMIT}` : n} resource(s).`, { memberCount: n })
                : fail(resourceRef(g), `Group ${named(g)} matches no resources.`, { memberCount: 0, query: g.query.ok ? g.query.value : undefined });
        });
    },
});
