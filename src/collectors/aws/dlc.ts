import type { CollectorDefinition } from '../defineCollector.js';

/** Workloads that may run DLC images and are not collected elsewhere (endpoints, jobs, launch templates, ECR images). */
export const dlcCollectors: CollectorDefinition[] = [];
