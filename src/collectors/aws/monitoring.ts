import type { CollectorDefinition } from '../defineCollector.js';

/** CloudWatch alarms, CloudWatch Logs, Synthetics canaries. */
export const monitoringCollectors: CollectorDefinition[] = [];
