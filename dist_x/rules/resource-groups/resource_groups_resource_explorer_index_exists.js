import { defineRule, fail, pass, scopeRef } from '../../engine/defineRule.js';
export default defineRule({
    id: 'resource_groups_resource_explorer_index_exists',
    title: 'AWS Resource Explorer is turned on (an index exists) in the account',
    service: 'resource-groups',
    topic: 'security-best-practices',
    severity: 'low',
    resourceType: 'AWS::Account',
    scope: 'account',
    requires: ['resourceExplorer.indexes'],
    description: 'At least one AWS Resource Explorer index exists in the account, in any Region (ListIndexes answers for all Regions). Creating an index turns Resource Explorer on in that Region and lets it discover the resources there, so responders can find every resource by name, tag or type. This is Prowler\'s resourceexplorer2_indexes_found, which passes on any index; whether one index aggregates all Regions is resource_groups_resource_explorer_aggregator_index_exists. Resource Explorer now also creates an index by itself the first time a user with iam:CreateServiceLinkedRole searches in a Region, so an account where nobody ever searched has none.',
    risk: 'Without an index, nobody can search the account\'s resources across services: during an incident or an audit, finding every resource with a given tag or name means querying each service in each Region, and forgotten resources stay forgotten.',
    remediation: {
        text: 'Open the AWS Resource Explorer console as a user with the AWSResourceExplorerFullAccess permissions and search once in the Region (the index and service-linked role are created on first search), or create indexes in the chosen Regions from the Settings page.',
        cli: 'aws resource-explorer-2 create-index --region <region>  # in each Region to index',
        cloudformation: 'Type: AWS::ResourceExplorer2::Index\nProperties:\n  Type: LOCAL',
        terraform: 'resource "aws_resourceexplorer2_index" "x" { type = "LOCAL" }',
        url: 'https://docs.aws.amazon.com/resource-explorer/latest/userguide/getting-started-setting-up.html',
    },
    references: ['Prowler resourceexplorer2_indexes_found', 'https://docs.aws.amazon.com/resource-explorer/latest/apireference/API_ListIndexes.html'],
    evaluate({ inventory, account }) {
        const ref = scopeRef(account, undefined, 'AWS::Account');
        const indexes = inventory.all('AWS::ResourceExplorer2::Index');
        return indexes.length
            ? [pass(ref, `Resource Explorer has ${indexes.length} index(es) in account ${account}: ${indexes.map((i) => `${i.region} (${i.indexType})`).join(', ')}.`, { regions: indexes.map((i) => i.region) })]
            : [fail(ref, `Resource Explorer has no index in any Region of account ${account}; it is turned off.`)];
    },
});
