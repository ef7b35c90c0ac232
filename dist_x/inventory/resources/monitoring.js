import { z } from 'zod';
import { collected, policyDocument, resourceBase } from '../base.js';
const dimension = z.object({ name: z.string(), value: z.string() });
const metricRef = z.object({ metricName: z.string(), namespace: z.string(), dimensions: z.array(dimension).optional() });
/** CloudWatch, CloudWatch Logs and CloudWatch Synthetics. */
export const monitoringSchemas = {
    'AWS::CloudWatch::Alarm': z.object({
        ...resourceBase,
        type: z.literal('AWS::CloudWatch::Alarm'),
        metricName: z.string().optional(),
        namespace: z.string().optional(),
        /** Metrics read by a metric-math alarm's queries (MetricStat), which has no top-level metric. */
        queryMetrics: z.array(metricRef).optional(),
        actionsEnabled: z.boolean(),
        alarmActions: z.array(z.string()),
        okActions: z.array(z.string()),
        insufficientDataActions: z.array(z.string()),
        stateValue: z.string().optional(),
        /** The metric's dimensions (single-metric alarms), e.g. CanaryName for a Synthetics metric. */
        dimensions: z.array(dimension).optional(),
    }),
    'AWS::Logs::LogGroup': z.object({
        ...resourceBase,
        type: z.literal('AWS::Logs::LogGroup'),
        kmsKeyId: z.string().optional(),
        /** Absent: events never expire. */
        retentionInDays: z.number().int().optional(),
        storedBytes: z.number().optional(),
        /** STANDARD, INFREQUENT_ACCESS, DELIVERY (kept one day, then delivered elsewhere). */
        logGroupClass: z.string().optional(),
        /** As DescribeLogGroups reports it: ACTIVATED, DISABLED, DELETED, ARCHIVED, or absent. */
        dataProtectionStatus: z.string().optional(),
        /** Account-level settings the group inherits, e.g. ACCOUNT_DATA_PROTECTION. */
        inheritedProperties: z.array(z.string()).optional(),
        dataProtectionPolicy: collected(policyDocument),
    }),
    'AWS::Logs::MetricFilter': z.object({
        ...resourceBase,
        type: z.literal('AWS::Logs::MetricFilter'),
        logGroupName: z.string(),
        filterPattern: z.string(),
        metrics: z.array(z.object({ metricName: z.string(), metricNamespace: z.string() })),
    }),
    'AWS::Logs::ResourcePolicy': z.object({
        ...resourceBase,
        type: z.literal('AWS::Logs::ResourcePolicy'),
        policyDocument: policyDocument,
        /** ACCOUNT (applies to every log group it names) or RESOURCE (attached to one log group). */
        policyScope: z.string().optional(),
        resourceArn: z.string().optional(),
    }),
    'AWS::Synthetics::Canary': z.object({
        ...resourceBase,
        type: z.literal('AWS::Synthetics::Canary'),
        state: z.string().optional(),
        runtimeVersion: z.string().optional(),
        /**
         * What DescribeRuntimeVersions says about the canary's runtime: its deprecation date when AWS
         * has set one; `null` when the runtime is not in AWS's list at all.
         */
        runtimeSupport: collected(z.object({ deprecationDate: z.string().optional(), releaseDate: z.string().optional() })),
        executionRoleArn: z.string().optional(),
        artifactS3Location: z.string().optional(),
        artifactEncryption: z.object({ encryptionMode: z.string().optional(), kmsKeyArn: z.string().optional() }).optional(),
        vpcConfig: z.object({ vpcId: z.string().optional(), subnetIds: z.array(z.string()), securityGroupIds: z.array(z.string()) }).optional(),
        runConfig: z.object({ timeoutInSeconds: z.number().optional(), memoryInMB: z.number().optional(), activeTracing: z.boolean().optional() }).optional(),
        /** Names and values of the run environment, when the API discloses them (values redacted on save). */
        environmentVariables: z.record(z.string(), z.string()).optional(),
        codeHandler: z.string().optional(),
        codeSourceLocationArn: z.string().optional(),
        /** The Lambda function that runs the canary. */
        engineArn: z.string().optional(),
        /** URLs found in the canary's inline blueprint configuration or code, when visible. */
        targetUrls: z.array(z.string()).optional(),
    }),
    /** A CloudWatch Logs destination: the receiving end of cross-account subscriptions. */
    'AWS::Logs::Destination': z.object({
        ...resourceBase,
        type: z.literal('AWS::Logs::Destination'),
        targetArn: z.string().optional(),
        roleArn: z.string().optional(),
        /** The access policy saying which accounts may subscribe; `null`: none (only this account can). */
        accessPolicy: policyDocument,
    }),
    /** A CloudWatch Logs delivery destination (vended logs: S3, Firehose, log group, X-Ray). */
    'AWS::Logs::DeliveryDestination': z.object({
        ...resourceBase,
        type: z.literal('AWS::Logs::DeliveryDestination'),
        deliveryDestinationType: z.string().optional(),
        destinationResourceArn: z.string().optional(),
        /** GetDeliveryDestinationPolicy; `null`: none (no other account may deliver to it). */
        policy: collected(policyDocument),
    }),
    /** The Lambda function that runs a canary, as GetFunctionConfiguration on the canary's EngineArn reports it. */
    'AWS::Synthetics::CanaryFunction': z.object({
        ...resourceBase,
        type: z.literal('AWS::Synthetics::CanaryFunction'),
        canaryName: z.string(),
        engineArn: z.string().optional(),
        /** The canary's environment variables (CreateCanary RunConfig.EnvironmentVariables live here); values redacted in output. */
        environment: collected(z.record(z.string(), z.string())),
    }),
};
