import type { CollectorDefinition } from '../defineCollector.js';

/** ECR, ECS, EKS and SageMaker. */
export const containerCollectors: CollectorDefinition[] = [];
