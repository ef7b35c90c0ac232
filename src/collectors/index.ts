import type { CollectorDefinition } from './defineCollector.js';
import { configCollectors } from './aws/config.js';
import { containerCollectors } from './aws/containers.js';
import { dlcCollectors } from './aws/dlc.js';
import { ec2Collectors } from './aws/ec2.js';
import { foundationCollectors } from './aws/foundation.js';
import { monitoringCollectors } from './aws/monitoring.js';

/** Every live collector. The AWS SDK is only imported when one of them runs. */
export const COLLECTORS: CollectorDefinition[] = [
  ...ec2Collectors,
  ...monitoringCollectors,
  ...configCollectors,
  ...containerCollectors,
  ...foundationCollectors,
  ...dlcCollectors,
];

export const COLLECTORS_BY_ID = new Map(COLLECTORS.map((c) => [c.id, c]));
