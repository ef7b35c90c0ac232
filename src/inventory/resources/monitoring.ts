import { z } from 'zod';
import { collected, policyDocument, resourceBase } from '../base.js';

/** CloudWatch, CloudWatch Logs and CloudWatch Synthetics. */
export const monitoringSchemas = {
  'AWS::CloudWatch::Alarm': z.object({
    ...resourceBase,
    type: z.literal('AWS::CloudWatch::Alarm'),
    metricName: z.string().optional(),
    namespace: z.string().optional(),
    actionsEnabled: z.boolean(),
    alarmActions: z.array(z.string()),
    okActions: z.array(z.string()),
    insufficientDataActions: z.array(z.string()),
    stateValue: z.string().optional(),
  }),
  'AWS::Logs::LogGroup': z.object({
    ...resourceBase,
    type: z.literal('AWS::Logs::LogGroup'),
    kmsKeyId: z.string().optional(),
    retentionInDays: z.number().int().optional(),
    storedBytes: z.number().optional(),
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
  }),
  'AWS::Synthetics::Canary': z.object({
    ...resourceBase,
    type: z.literal('AWS::Synthetics::Canary'),
    state: z.string().optional(),
    runtimeVersion: z.string().optional(),
    executionRoleArn: z.string().optional(),
    artifactS3Location: z.string().optional(),
    artifactEncryption: z.object({ encryptionMode: z.string().optional(), kmsKeyArn: z.string().optional() }).optional(),
    vpcConfig: z.object({ vpcId: z.string().optional(), subnetIds: z.array(z.string()), securityGroupIds: z.array(z.string()) }).optional(),
    /** Names and values of the run environment, when the API discloses them (values redacted on save). */
    environmentVariables: z.record(z.string(), z.string()).optional(),
    codeHandler: z.string().optional(),
    codeSourceLocationArn: z.string().optional(),
    /** URLs found in the canary's inline blueprint configuration or code, when visible. */
    targetUrls: z.array(z.string()).optional(),
  }),
};
