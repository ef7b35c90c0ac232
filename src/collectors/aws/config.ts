import type { CollectorDefinition } from '../defineCollector.js';

/** AWS Config, Resource Groups and the tagging API. */
export const configCollectors: CollectorDefinition[] = [];
