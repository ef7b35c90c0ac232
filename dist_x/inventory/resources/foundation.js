import { z } from 'zod';
import { collected, policyDocument, resourceBase } from '../base.js';
/** The cross-cutting services our five depend on: IAM, KMS, CloudTrail, S3 delivery buckets, SNS. */
export const foundationSchemas = {
    'AWS::IAM::Role': z.object({
        ...resourceBase,
        type: z.literal('AWS::IAM::Role'),
        path: z.string(),
        assumeRolePolicyDocument: policyDocument,
        attachedPolicyArns: collected(z.array(z.string())),
        inlinePolicies: collected(z.array(z.object({ name: z.string(), document: policyDocument }))),
        createDate: z.string().optional(),
    }),
    'AWS::IAM::ManagedPolicy': z.object({
        ...resourceBase,
        type: z.literal('AWS::IAM::ManagedPolicy'),
        defaultVersionId: z.string().optional(),
        attachmentCount: z.number().int(),
        document: collected(policyDocument),
    }),
    'AWS::KMS::Key': z.object({
        ...resourceBase,
        type: z.literal('AWS::KMS::Key'),
        keyManager: z.string().optional(),
        keyState: z.string().optional(),
        keySpec: z.string().optional(),
        keyUsage: z.string().optional(),
        /** AWS_KMS, EXTERNAL, AWS_CLOUDHSM or EXTERNAL_KEY_STORE; only AWS_KMS keys rotate automatically. */
        origin: z.string().optional(),
        /** When a key pending deletion will be deleted. */
        deletionDate: z.string().optional(),
        /** Read only for customer managed symmetric AWS_KMS keys not pending deletion; `null` for the rest. */
        rotationEnabled: collected(z.boolean()),
        policy: collected(policyDocument),
    }),
    'AWS::CloudTrail::Trail': z.object({
        ...resourceBase,
        type: z.literal('AWS::CloudTrail::Trail'),
        homeRegion: z.string(),
        isMultiRegionTrail: z.boolean(),
        isOrganizationTrail: z.boolean(),
        s3BucketName: z.string().optional(),
        kmsKeyId: z.string().optional(),
        logFileValidationEnabled: z.boolean(),
        cloudWatchLogsLogGroupArn: z.string().optional(),
        snsTopicArn: z.string().optional(),
        status: collected(z.object({ isLogging: z.boolean(), latestDeliveryError: z.string().optional() })),
        /** True when the trail records all management events, read and write (basic or advanced selectors). */
        managementEventsAll: collected(z.boolean()),
    }),
    'AWS::S3::Bucket': z.object({
        ...resourceBase,
        type: z.literal('AWS::S3::Bucket'),
        /** Why posture looked at this bucket: config-delivery, cloudtrail-delivery, synthetics-artifacts. */
        purposes: z.array(z.string()),
        /** The bucket's own region (the resource sits under 'global' beside the other global data). */
        bucketRegion: z.string().optional(),
        policy: collected(policyDocument),
        encryption: collected(z.object({ sseAlgorithm: z.string(), kmsMasterKeyId: z.string().optional() })),
        publicAccessBlock: collected(z.object({ blockPublicAcls: z.boolean(), ignorePublicAcls: z.boolean(), blockPublicPolicy: z.boolean(), restrictPublicBuckets: z.boolean() })),
    }),
    'AWS::SNS::Topic': z.object({
        ...resourceBase,
        type: z.literal('AWS::SNS::Topic'),
        attributes: collected(z.object({ kmsMasterKeyId: z.string().optional(), policy: policyDocument.optional(), subscriptionsConfirmed: z.number().int() })),
    }),
};
