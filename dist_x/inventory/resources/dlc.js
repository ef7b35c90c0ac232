import { z } from 'zod';
import { collected, resourceBase } from '../base.js';
import { describeError } from './containers.js';
/** Resources that reveal where Deep Learning Container images run, beyond the generic container types. */
export const dlcSchemas = {
    /** The image each variant runs, as SageMaker resolved it at deployment (tag → digest, and when). */
    'AWS::SageMaker::Endpoint': z.object({
        ...resourceBase,
        type: z.literal('AWS::SageMaker::Endpoint'),
        status: z.string().optional(),
        endpointConfigName: z.string().optional(),
        createdAt: z.string().optional(),
        deployedImages: z.array(z.object({
            variantName: z.string(),
            specifiedImage: z.string().optional(),
            resolvedImage: z.string().optional(),
            resolutionTime: z.string().optional(),
        })),
        describeError,
    }),
    'AWS::SageMaker::ProcessingJob': z.object({
        ...resourceBase,
        type: z.literal('AWS::SageMaker::ProcessingJob'),
        status: z.string().optional(),
        roleArn: z.string().optional(),
        imageUri: z.string().optional(),
        instanceCount: z.number().int(),
        enableInterContainerTrafficEncryption: z.boolean(),
        enableNetworkIsolation: z.boolean(),
        environment: z.record(z.string(), z.string()),
        createdAt: z.string().optional(),
        describeError,
    }),
    /**
     * A launch template's default version. Only the container image references found in its user
     * data are kept (never the user data itself, which often holds secrets).
     */
    'AWS::EC2::LaunchTemplate': z.object({
        ...resourceBase,
        type: z.literal('AWS::EC2::LaunchTemplate'),
        defaultVersion: z.number().int().optional(),
        imageReferences: collected(z.array(z.string())),
        metadataOptions: z
            .object({ httpTokens: z.string().optional(), httpEndpoint: z.string().optional(), httpPutResponseHopLimit: z.number().int().optional() })
            .optional(),
    }),
    /** How the account caches an upstream registry (e.g. ECR Public's DLC gallery) under a local prefix. */
    'AWS::ECR::PullThroughCacheRule': z.object({
        ...resourceBase,
        type: z.literal('AWS::ECR::PullThroughCacheRule'),
        ecrRepositoryPrefix: z.string(),
        upstreamRegistryUrl: z.string().optional(),
        upstreamRegistry: z.string().optional(),
        upstreamRepositoryPrefix: z.string().optional(),
    }),
};
