import { z } from 'zod';
import { collected, policyDocument, resourceBase } from '../base.js';
/**
 * Set when the per-resource Describe call failed: the resource is known to exist (it was listed)
 * but its settings could not be read, so every field besides the base ones holds a placeholder
 * and rules must report ERROR for it, never judge the placeholders.
 */
export const describeError = z.string().optional();
/** ECR, ECS and EKS: where Deep Learning Container images are stored and run. */
export const containerSchemas = {
    'AWS::ECR::Repository': z.object({
        ...resourceBase,
        type: z.literal('AWS::ECR::Repository'),
        repositoryUri: z.string(),
        imageTagMutability: z.string(),
        /** The repository-level setting (deprecated by AWS in favour of registry-level scanning rules). */
        scanOnPush: z.boolean(),
        encryptionType: z.string(),
        kmsKey: z.string().optional(),
        policy: collected(policyDocument),
        lifecyclePolicy: collected(z.string()),
    }),
    /** One per account and region: the private registry's scanning configuration. */
    'AWS::ECR::RegistryScanningConfiguration': z.object({
        ...resourceBase,
        type: z.literal('AWS::ECR::RegistryScanningConfiguration'),
        scanType: z.string(),
        rules: z.array(z.object({ scanFrequency: z.string(), filters: z.array(z.string()) })),
    }),
    'AWS::ECS::Cluster': z.object({
        ...resourceBase,
        type: z.literal('AWS::ECS::Cluster'),
        status: z.string(),
        containerInsights: z.string().optional(),
        activeServicesCount: z.number().int(),
        runningTasksCount: z.number().int(),
        executeCommandLogging: z.string().optional(),
        /** ECS Exec: the KMS key that encrypts the session data channel, and where OVERRIDE logging sends sessions. */
        executeCommandKmsKeyId: z.string().optional(),
        executeCommandLogDestination: z.object({ cloudWatchLogGroupName: z.string().optional(), s3BucketName: z.string().optional() }).optional(),
        describeError,
    }),
    /**
     * The latest ACTIVE revision of each family, plus any revision a service in the region runs.
     * Environment values are kept because the secrets rule reads them; output redacts them.
     */
    'AWS::ECS::TaskDefinition': z.object({
        ...resourceBase,
        type: z.literal('AWS::ECS::TaskDefinition'),
        family: z.string(),
        revision: z.number().int(),
        status: z.string().optional(),
        networkMode: z.string().optional(),
        pidMode: z.string().optional(),
        taskRoleArn: z.string().optional(),
        executionRoleArn: z.string().optional(),
        requiresCompatibilities: z.array(z.string()),
        /** Task-level memory (MiB, as the API's string); required for Fargate. */
        memory: z.string().optional(),
        /** Volumes; `efs` set for Amazon EFS volumes. Absent in inventories collected before it was added. */
        volumes: z.array(z.object({ name: z.string(), efs: z.object({ fileSystemId: z.string(), transitEncryption: z.string().optional() }).optional() })).optional(),
        containers: z.array(z.object({
            name: z.string(),
            image: z.string(),
            privileged: z.boolean().optional(),
            user: z.string().optional(),
            readonlyRootFilesystem: z.boolean().optional(),
            environment: z.array(z.object({ name: z.string(), value: z.string() })),
            secretNames: z.array(z.string()),
            portMappings: z.array(z.object({ containerPort: z.number().int().optional(), hostPort: z.number().int().optional(), protocol: z.string().optional() })),
            logDriver: z.string().optional(),
            /** The container's hard memory limit (MiB). */
            memory: z.number().int().optional(),
            memoryReservation: z.number().int().optional(),
            /** linuxParameters.capabilities.add; absent in inventories collected before it was added. */
            capabilitiesAdd: z.array(z.string()).optional(),
        })),
        describeError,
    }),
    'AWS::ECS::Service': z.object({
        ...resourceBase,
        type: z.literal('AWS::ECS::Service'),
        clusterArn: z.string(),
        taskDefinition: z.string().optional(),
        launchType: z.string().optional(),
        /** Capacity providers of the service's strategy (FARGATE, FARGATE_SPOT or an Auto Scaling provider). */
        capacityProviders: z.array(z.string()).optional(),
        platformVersion: z.string().optional(),
        /** LINUX or WINDOWS_SERVER_...; Fargate platform versions differ per family. */
        platformFamily: z.string().optional(),
        desiredCount: z.number().int(),
        awsvpc: z.object({ subnets: z.array(z.string()), securityGroups: z.array(z.string()), assignPublicIp: z.string().optional() }).optional(),
        /** ECS, CODE_DEPLOY or EXTERNAL; the API default is ECS (rolling update). */
        deploymentController: z.string().optional(),
        /** Absent in inventories collected before it was added; `{enable:false}` when the service has none. */
        circuitBreaker: z.object({ enable: z.boolean(), rollback: z.boolean() }).optional(),
        describeError,
    }),
    'AWS::EKS::Cluster': z.object({
        ...resourceBase,
        type: z.literal('AWS::EKS::Cluster'),
        version: z.string().optional(),
        status: z.string().optional(),
        roleArn: z.string().optional(),
        endpointPublicAccess: z.boolean(),
        endpointPrivateAccess: z.boolean(),
        publicAccessCidrs: z.array(z.string()),
        vpcId: z.string().optional(),
        subnetIds: z.array(z.string()),
        securityGroupIds: z.array(z.string()),
        clusterSecurityGroupId: z.string().optional(),
        secretsEncryptionKeyArns: z.array(z.string()),
        enabledLogTypes: z.array(z.string()),
        /** Absent in inventories collected before it was added. */
        deletionProtection: z.boolean().optional(),
        describeError,
    }),
    'AWS::EKS::Nodegroup': z.object({
        ...resourceBase,
        type: z.literal('AWS::EKS::Nodegroup'),
        clusterName: z.string(),
        nodeRole: z.string().optional(),
        amiType: z.string().optional(),
        subnets: z.array(z.string()),
        remoteAccess: z.object({ ec2SshKey: z.string().optional(), sourceSecurityGroups: z.array(z.string()) }).optional(),
        scalingConfig: z.object({ minSize: z.number().int().optional(), maxSize: z.number().int().optional(), desiredSize: z.number().int().optional() }).optional(),
        describeError,
    }),
};
