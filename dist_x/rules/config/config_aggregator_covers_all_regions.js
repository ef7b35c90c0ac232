import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'config_aggregator_covers_all_regions',
    title: 'AWS Config aggregator collects from all Regions',
    service: 'config',
    topic: 'logging-and-monitoring',
    severity: 'low',
    resourceType: 'AWS::Config::ConfigurationAggregator',
    requires: ['config.aggregators'],
    description: 'Each existing aggregator has "all AWS Regions" set on its organization source and on every account source, so Regions enabled later are aggregated too. Accounts without an aggregator are not evaluated: aggregators are a multi-account convenience, not a baseline.',
    risk: 'An aggregator limited to a list of Regions gives a central view that silently omits the others, which is where unexpected activity tends to be.',
    remediation: {
        text: 'In the AWS Config console open Aggregators, select the aggregator, choose Edit, select "Add all current and future AWS Regions", and save.',
        cli: 'aws configservice put-configuration-aggregator --configuration-aggregator-name <name> --organization-aggregation-source RoleArn=<role-arn>,AllAwsRegions=true',
        terraform: 'resource "aws_config_configuration_aggregator" "org" { organization_aggregation_source { all_regions = true role_arn = "<role-arn>" } }',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/aggregate-data.html',
    },
    references: ['https://docs.aws.amazon.com/config/latest/APIReference/API_ConfigurationAggregator.html'],
    evaluate({ inventory }) {
        return inventory.all('AWS::Config::ConfigurationAggregator').map((a) => {
            const sources = [
                ...(a.organizationSource ? [{ what: 'organization source', ...a.organizationSource }] : []),
                ...a.accountSources.map((s) => ({ what: `account source ${s.accountIds.slice(0, 3).join(', ')}${s.accountIds.length > 3 ? ', ...' : ''}`, ...s })),
            ];
            if (!sources.length)
                return fail(resourceRef(a), `Aggregator ${a.name} in ${a.region} has no source at all.`);
            const limited = sources.filter((s) => !s.allAwsRegions);
            return limited.length
                ? fail(resourceRef(a), `Aggregator ${a.name} in ${a.region} collects only from listed Regions for its ${limited.map((s) => `${s.what} (${s.awsRegions.join(', ') || 'none'})`).join('; ')}.`, {
                    limitedSources: limited,
                })
                : pass(resourceRef(a), `Aggregator ${a.name} in ${a.region} collects from all current and future Regions.`);
        });
    },
});
