import { z } from 'zod';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'config_aggregation_authorization_to_trusted_accounts',
    title: 'AWS Config data is shared only with trusted aggregator accounts',
    service: 'config',
    topic: 'identity-and-access-management',
    severity: 'medium',
    resourceType: 'AWS::Config::AggregationAuthorization',
    requires: ['config.aggregators'],
    params: z
        .object({
        /** Aggregator accounts (12 digits) allowed to collect this account's AWS Config data. */
        trustedAccountIds: z.array(z.string().regex(/^\d{12}$/)).default([]),
    })
        .default({ trustedAccountIds: [] }),
    description: 'Each aggregation authorization in the Region (DescribeAggregationAuthorizations: this account allowing another account\'s aggregator to collect its configuration and compliance data) names this account or an account in `trustedAccountIds`. The list is empty by default, so every authorization is reported for review. Organization aggregators do not need authorizations and are not listed here.',
    risk: 'An authorized aggregator account receives the full configuration history and compliance state of the Region: network layout, security group rules, IAM resources, bucket policies. An authorization left for a former partner or a mistyped account keeps streaming it.',
    remediation: {
        text: 'In the AWS Config console of the Region open Aggregators > Authorizations, select the authorization of the unknown account, and choose Delete. Add expected aggregator accounts to trustedAccountIds in the posture config.',
        cli: 'aws configservice delete-aggregation-authorization --authorized-account-id <account-id> --authorized-aws-region <region> --region <region>',
        terraform: 'resource "aws_config_aggregate_authorization" "x" { account_id = "<trusted-aggregator-account>" region = "<aggregator-region>" }',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/authorize-aggregator-account-console.html',
    },
    references: ['https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeAggregationAuthorizations.html'],
    evaluate({ inventory, account, params }) {
        const trusted = new Set([account, ...params.trustedAccountIds]);
        return inventory.all('AWS::Config::AggregationAuthorization').map((a) => trusted.has(a.authorizedAccountId)
            ? pass(resourceRef(a), `AWS Config in ${a.region} authorizes trusted account ${a.authorizedAccountId} (aggregator Region ${a.authorizedAwsRegion}).`)
            : fail(resourceRef(a), `AWS Config in ${a.region} lets account ${a.authorizedAccountId} (aggregator Region ${a.authorizedAwsRegion}) collect its configuration data; that account is not trusted.`, {
                authorizedAccountId: a.authorizedAccountId,
                authorizedAwsRegion: a.authorizedAwsRegion,
                trustedAccountIds: params.trustedAccountIds,
            }));
    },
});
