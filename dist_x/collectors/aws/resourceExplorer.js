import { defineCollector } from '../defineCollector.js';
const sdk = () => import('@aws-sdk/client-resource-explorer-2');
/**
 * Resource Explorer indexes of the account. ListIndexes answers for every Region of the account
 * from any one Region, so the collector is global: one call answers "is there an index anywhere,
 * and which one aggregates", whichever Regions the scan covers.
 */
export const resourceExplorerIndexes = defineCollector({
    id: 'resourceExplorer.indexes',
    scope: 'global',
    iamActions: ['resource-explorer-2:ListIndexes'],
    produces: ['AWS::ResourceExplorer2::Index'],
    async collect(ctx) {
        const { ResourceExplorer2Client, paginateListIndexes } = await sdk();
        const client = ctx.clients.get(ResourceExplorer2Client, ctx.apiRegion);
        const out = [];
        for await (const page of paginateListIndexes({ client, pageSize: 100 }, {}))
            for (const i of page.Indexes ?? []) {
                const region = i.Region ?? ctx.apiRegion;
                out.push({ id: i.Arn ?? `${ctx.account}/${region}`, arn: i.Arn, name: region, account: ctx.account, region, tags: {}, type: 'AWS::ResourceExplorer2::Index', indexType: i.Type ?? 'LOCAL' });
            }
        return out;
    },
});
export const resourceExplorerCollectors = [resourceExplorerIndexes];
