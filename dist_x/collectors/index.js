import { configCollectors } from './aws/config.js';
import { containerCollectors } from './aws/containers.js';
import { dlcCollectors } from './aws/dlc.js';
import { ec2Collectors } from './aws/ec2.js';
import { foundationCollectors } from './aws/foundation.js';
import { hostCollectors } from './aws/hosts.js';
import { monitoringCollectors } from './aws/monitoring.js';
import { ssmCollectors } from './aws/ssm.js';
import { syntheticsCanaryFunctions } from './aws/canaryFunctions.js';
import { logsDeliveryCollectors } from './aws/logsDelivery.js';
import { resourceExplorerCollectors } from './aws/resourceExplorer.js';
import { sagemakerMonitoringCollectors } from './aws/sagemakerMonitoring.js';
import { sagemakerScheduleCollectors } from './aws/sagemakerSchedules.js';
/** Every live collector. The AWS SDK is only imported when one of them runs. */
export const COLLECTORS = [
    ...ec2Collectors,
    ...monitoringCollectors,
    ...configCollectors,
    ...containerCollectors,
    ...foundationCollectors,
    ...dlcCollectors,
    ...ssmCollectors,
    ...hostCollectors,
    ...logsDeliveryCollectors,
    syntheticsCanaryFunctions,
    ...resourceExplorerCollectors,
    ...sagemakerMonitoringCollectors,
    ...sagemakerScheduleCollectors,
];
export const COLLECTORS_BY_ID = new Map(COLLECTORS.map((c) => [c.id, c]));
