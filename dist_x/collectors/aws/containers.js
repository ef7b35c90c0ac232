import { ecrCollectors } from './ecr.js';
import { ecsCollectors } from './ecs.js';
import { eksCollectors } from './eks.js';
import { sagemakerCollectors } from './sagemaker.js';
export { ecrCollectors, ecsCollectors, eksCollectors, sagemakerCollectors };
/** ECR, ECS, EKS and SageMaker. */
export const containerCollectors = [...ecrCollectors, ...ecsCollectors, ...eksCollectors, ...sagemakerCollectors];
