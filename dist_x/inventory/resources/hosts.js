import { z } from 'zod';
import { collected, resourceBase } from '../base.js';
/**
 * Host hygiene of EC2 instances (the machines DL AMIs and DLC containers run on) and of the
 * images they and ECR repositories hold: Systems Manager registration, AMI age, secrets in user
 * data, instance profiles, Inspector results, the latest image of each repository.
 */
/** Where a secret-looking value sits in user data: the line and the kind of evidence, never the value. */
export const userDataHit = z.object({ line: z.number().int(), kind: z.string(), variable: z.string().optional() });
export const hostSchemas = {
    /** A node registered with Systems Manager (DescribeInstanceInformation); `id` is the instance id. */
    'AWS::SSM::ManagedInstance': z.object({
        ...resourceBase,
        type: z.literal('AWS::SSM::ManagedInstance'),
        /** Online, ConnectionLost or Inactive. */
        pingStatus: z.string().optional(),
        lastPingDateTime: z.string().optional(),
        agentVersion: z.string().optional(),
        /** EC2Instance or ManagedInstance (hybrid). */
        resourceType: z.string().optional(),
        platformName: z.string().optional(),
    }),
    /**
     * An AMI that an instance of the region runs. `image` is null when EC2 no longer describes it
     * (deregistered, or no longer shared with the account).
     */
    'AWS::EC2::Image': z.object({
        ...resourceBase,
        type: z.literal('AWS::EC2::Image'),
        image: collected(z.object({
            name: z.string().optional(),
            ownerId: z.string().optional(),
            ownerAlias: z.string().optional(),
            creationDate: z.string().optional(),
            deprecationTime: z.string().optional(),
            state: z.string().optional(),
        })),
    }),
    /**
     * What the secret scan of an instance's user data found (DescribeInstanceAttribute userData,
     * base64 and gzip decoded). The user data itself is never kept. `hits` is null when the
     * instance has no user data. `id` is the instance id.
     */
    'AWS::EC2::InstanceUserData': z.object({
        ...resourceBase,
        type: z.literal('AWS::EC2::InstanceUserData'),
        hits: collected(z.array(userDataHit)),
    }),
    /** The same scan over every version of a launch template. `id` is the template id. */
    'AWS::EC2::LaunchTemplateUserData': z.object({
        ...resourceBase,
        type: z.literal('AWS::EC2::LaunchTemplateUserData'),
        defaultVersion: z.number().int().optional(),
        versions: collected(z.array(z.object({ version: z.number().int(), hasUserData: z.boolean(), hits: z.array(userDataHit) }))),
    }),
    /** An instance profile and the roles in it (ListInstanceProfiles). */
    'AWS::IAM::InstanceProfile': z.object({
        ...resourceBase,
        type: z.literal('AWS::IAM::InstanceProfile'),
        roleArns: z.array(z.string()),
    }),
    /**
     * Amazon Inspector in one region: whether EC2 scanning is on (BatchGetAccountStatus), the active
     * HIGH and CRITICAL findings on EC2 instances (ListFindings) and which instances it scans (ListCoverage).
     */
    'AWS::Inspector2::Scanning': z.object({
        ...resourceBase,
        type: z.literal('AWS::Inspector2::Scanning'),
        /** ENABLED, ENABLING, DISABLED, DISABLING, SUSPENDED, SUSPENDING. */
        ec2Status: z.string(),
        ecrStatus: z.string(),
        /** Read only when EC2 scanning is ENABLED; `null` otherwise. */
        ec2Findings: collected(z.array(z.object({ instanceId: z.string(), critical: z.number().int(), high: z.number().int(), vulnerabilities: z.array(z.string()) }))),
        ec2Coverage: collected(z.array(z.object({ instanceId: z.string(), statusCode: z.string(), reason: z.string().optional() }))),
    }),
    /** The most recently pushed image of an ECR repository; `image` is null for an empty repository. `id` is the repository name. */
    'AWS::ECR::LatestImage': z.object({
        ...resourceBase,
        type: z.literal('AWS::ECR::LatestImage'),
        image: collected(z.object({
            digest: z.string(),
            tags: z.array(z.string()),
            pushedAt: z.string().optional(),
            scanStatus: z.string().optional(),
            scanStatusDescription: z.string().optional(),
            /** findingSeverityCounts of the scan summary; absent when DescribeImages returned no summary. */
            severityCounts: z.record(z.string(), z.number()).optional(),
            scanCompletedAt: z.string().optional(),
        })),
    }),
};
