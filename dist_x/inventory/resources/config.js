import { z } from 'zod';
import { collected, resourceBase } from '../base.js';
/** AWS Config. */
export const configSchemas = {
    'AWS::Config::ConfigurationRecorder': z.object({
        ...resourceBase,
        type: z.literal('AWS::Config::ConfigurationRecorder'),
        roleArn: z.string().optional(),
        /** Set on service-linked recorders (e.g. one another AWS service created for its own use); absent on the customer-managed recorder. */
        servicePrincipal: z.string().optional(),
        recordingGroup: z.object({
            allSupported: z.boolean(),
            includeGlobalResourceTypes: z.boolean(),
            resourceTypes: z.array(z.string()),
            exclusionResourceTypes: z.array(z.string()),
            recordingStrategy: z.string().optional(),
        }),
        /** CONTINUOUS or DAILY, with per-resource-type overrides; absent when the API does not report it (continuous is the default). */
        recordingMode: z
            .object({ recordingFrequency: z.string(), overrides: z.array(z.object({ recordingFrequency: z.string(), resourceTypes: z.array(z.string()) })) })
            .optional(),
        status: collected(z.object({ recording: z.boolean(), lastStatus: z.string().optional(), lastErrorCode: z.string().optional(), lastErrorMessage: z.string().optional() })),
    }),
    'AWS::Config::DeliveryChannel': z.object({
        ...resourceBase,
        type: z.literal('AWS::Config::DeliveryChannel'),
        s3BucketName: z.string().optional(),
        s3KeyPrefix: z.string().optional(),
        s3KmsKeyArn: z.string().optional(),
        snsTopicArn: z.string().optional(),
        deliveryFrequency: z.string().optional(),
        status: collected(z.object({
            configHistoryLastStatus: z.string().optional(),
            configSnapshotLastStatus: z.string().optional(),
            configStreamLastStatus: z.string().optional(),
            lastErrorMessage: z.string().optional(),
        })),
    }),
    'AWS::Config::ConfigRule': z.object({
        ...resourceBase,
        type: z.literal('AWS::Config::ConfigRule'),
        state: z.string().optional(),
        sourceOwner: z.string().optional(),
        sourceIdentifier: z.string().optional(),
        /** The service that created a service-linked rule (Security Hub, Firewall Manager, a conformance pack...). */
        createdBy: z.string().optional(),
        /** COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE or INSUFFICIENT_DATA; null when AWS Config reported nothing for the rule. */
        compliance: collected(z.string()),
    }),
    'AWS::Config::ConfigurationAggregator': z.object({
        ...resourceBase,
        type: z.literal('AWS::Config::ConfigurationAggregator'),
        accountSources: z.array(z.object({ accountIds: z.array(z.string()), allAwsRegions: z.boolean(), awsRegions: z.array(z.string()) })),
        organizationSource: z.object({ allAwsRegions: z.boolean(), awsRegions: z.array(z.string()), roleArn: z.string().optional() }).optional(),
    }),
    'AWS::Config::ConformancePack': z.object({
        ...resourceBase,
        type: z.literal('AWS::Config::ConformancePack'),
        createdBy: z.string().optional(),
        /** COMPLIANT, NON_COMPLIANT or INSUFFICIENT_DATA; null when AWS Config reported nothing for the pack. */
        compliance: collected(z.string()),
    }),
    /** Permission this account gave an aggregator account to collect its Config data (DescribeAggregationAuthorizations). */
    'AWS::Config::AggregationAuthorization': z.object({
        ...resourceBase,
        type: z.literal('AWS::Config::AggregationAuthorization'),
        authorizedAccountId: z.string(),
        authorizedAwsRegion: z.string(),
    }),
    'AWS::Config::RetentionConfiguration': z.object({
        ...resourceBase,
        type: z.literal('AWS::Config::RetentionConfiguration'),
        retentionPeriodInDays: z.number().int(),
    }),
};
