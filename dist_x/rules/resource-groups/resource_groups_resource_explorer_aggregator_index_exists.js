import { z } from 'zod';
import { defineRule, fail, pass, scopeRef } from '../../engine/defineRule.js';
export default defineRule({
    id: 'resource_groups_resource_explorer_aggregator_index_exists',
    title: 'AWS Resource Explorer has an aggregator index for cross-Region search',
    service: 'resource-groups',
    topic: 'security-best-practices',
    severity: 'informational',
    resourceType: 'AWS::Account',
    scope: 'account',
    requires: ['resourceExplorer.indexes'],
    params: z
        .object({
        /** The Region the aggregator index must be in; empty: any Region. */
        region: z.string().default(''),
    })
        .default({ region: '' }),
    description: 'One Resource Explorer index of the account is the AGGREGATOR index (an account has at most one), which receives a replicated copy of every other Region\'s index so that a search in its Region returns resources from all indexed Regions. Set `region` to require it in a particular Region. An account with no index at all fails here too (resource_groups_resource_explorer_index_exists says so on its own).',
    risk: 'With only local indexes, a search shows the resources of one Region: a resource created in a Region nobody looks at is missed by inventory and incident searches.',
    remediation: {
        text: 'Open the AWS Resource Explorer console > Settings, choose the Region to aggregate in, and choose Create aggregator index (promoting its local index). After deleting or moving an aggregator you must wait 24 hours before promoting another.',
        cli: 'aws resource-explorer-2 update-index-type --arn <index-arn> --type AGGREGATOR --region <region>',
        cloudformation: 'Type: AWS::ResourceExplorer2::Index\nProperties:\n  Type: AGGREGATOR',
        terraform: 'resource "aws_resourceexplorer2_index" "x" { type = "AGGREGATOR" }',
        url: 'https://docs.aws.amazon.com/resource-explorer/latest/userguide/manage-aggregator-region.html',
    },
    references: ['https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_Index.html'],
    evaluate({ inventory, account, params }) {
        const ref = scopeRef(account, undefined, 'AWS::Account');
        const indexes = inventory.all('AWS::ResourceExplorer2::Index');
        const aggregator = indexes.find((i) => i.indexType === 'AGGREGATOR');
        if (!aggregator)
            return [fail(ref, indexes.length ? `Resource Explorer has only local indexes (${indexes.map((i) => i.region).join(', ')}) in account ${account}, so no search covers all Regions.` : `Resource Explorer has no index at all in account ${account}.`, { localIndexRegions: indexes.map((i) => i.region) })];
        if (params.region && aggregator.region !== params.region)
            return [fail(ref, `The Resource Explorer aggregator index of account ${account} is in ${aggregator.region}, not in the required Region ${params.region}.`, { aggregatorRegion: aggregator.region, requiredRegion: params.region })];
        return [pass(ref, `Resource Explorer aggregates all indexed Regions of account ${account} in ${aggregator.region}.`, { aggregatorRegion: aggregator.region })];
    },
});
