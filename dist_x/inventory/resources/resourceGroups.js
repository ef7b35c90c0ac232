import { z } from 'zod';
import { collected, resourceBase } from '../base.js';
/** The collector stops counting a group's members here: rules only need "none" versus "some". */
export const MEMBER_COUNT_LIMIT = 1000;
/** AWS Resource Groups and the Resource Groups Tagging API. */
export const resourceGroupSchemas = {
    'AWS::ResourceGroups::Group': z.object({
        ...resourceBase,
        type: z.literal('AWS::ResourceGroups::Group'),
        description: z.string().optional(),
        query: collected(z.object({ type: z.string(), query: z.string() })),
        /** Tags of the group itself; `tags` in the base is filled from this when it could be read. */
        tagsRead: collected(z.record(z.string(), z.string())),
        /** How many resources the group's query matched, where it could be listed; counting stops at MEMBER_COUNT_LIMIT. */
        memberCount: collected(z.number().int()),
    }),
    /** Any tagged resource as the Tagging API lists it. */
    'AWS::ResourceGroupsTaggingAPI::TaggedResource': z.object({
        ...resourceBase,
        type: z.literal('AWS::ResourceGroupsTaggingAPI::TaggedResource'),
        /** `service:type` from the ARN, e.g. `ec2:instance`, `s3:bucket`. */
        resourceType: z.string(),
    }),
    /** An AWS Resource Explorer index; `region` is the Region it indexes. */
    'AWS::ResourceExplorer2::Index': z.object({
        ...resourceBase,
        type: z.literal('AWS::ResourceExplorer2::Index'),
        /** LOCAL, or AGGREGATOR (the one index per account that replicates every other Region's). */
        indexType: z.string(),
    }),
};
