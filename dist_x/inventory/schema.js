import { z } from 'zod';
import { COLLECTION_STATES } from '../core/vocabulary.js';
import { configSchemas } from './resources/config.js';
import { containerSchemas } from './resources/containers.js';
import { dlcSchemas } from './resources/dlc.js';
import { ec2Schemas } from './resources/ec2.js';
import { foundationSchemas } from './resources/foundation.js';
import { hostSchemas } from './resources/hosts.js';
import { monitoringSchemas } from './resources/monitoring.js';
import { resourceGroupSchemas } from './resources/resourceGroups.js';
import { sagemakerSchemas } from './resources/sagemaker.js';
/** Every resource type of the inventory, keyed by its CloudFormation-style type name. */
export const resourceSchemas = {
    ...ec2Schemas,
    ...monitoringSchemas,
    ...configSchemas,
    ...resourceGroupSchemas,
    ...containerSchemas,
    ...sagemakerSchemas,
    ...foundationSchemas,
    ...dlcSchemas,
    ...hostSchemas,
};
export const RESOURCE_TYPES = Object.keys(resourceSchemas);
export const collectionStatusSchema = z.object({
    account: z.string(),
    region: z.string(),
    collector: z.string(),
    state: z.enum(COLLECTION_STATES),
    message: z.string().optional(),
    resources: z.number().int().nonnegative(),
    durationMs: z.number().nonnegative(),
});
export const INVENTORY_FORMAT = 'posture-inventory';
export const INVENTORY_VERSION = 1;
const resourceSchema = z.discriminatedUnion('type', Object.values(resourceSchemas));
export const savedInventorySchema = z.object({
    format: z.literal(INVENTORY_FORMAT),
    version: z.literal(INVENTORY_VERSION),
    collectedAt: z.iso.datetime(),
    accounts: z.array(z.string()).min(1),
    regions: z.array(z.string()),
    collections: z.array(collectionStatusSchema),
    resources: z.array(resourceSchema),
});
