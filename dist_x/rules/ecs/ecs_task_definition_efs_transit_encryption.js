import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { listNames } from '../lib/ecsContainers.js';
import { named, resourceRef } from '../lib/refs.js';
import { fieldNotCollected } from '../lib/staleInventory.js';
export default defineRule({
    id: 'ecs_task_definition_efs_transit_encryption',
    title: 'Task definition EFS volumes encrypt data in transit',
    service: 'ecs',
    topic: 'data-protection',
    severity: 'medium',
    resourceType: 'AWS::ECS::TaskDefinition',
    requires: ['ecs.taskDefinitions'],
    description: 'Every Amazon EFS volume of the task definition sets transitEncryption to ENABLED, so NFS traffic between the task and the file system is TLS-encrypted (Checkov CKV_AWS_97). The API default is DISABLED. Task definitions without EFS volumes are not judged.',
    risk: 'Training data, checkpoints and model weights on shared EFS volumes cross the network in clear text, readable by anything that can observe traffic in the VPC.',
    remediation: {
        text: 'In the Amazon ECS console, create a new task definition revision, edit each EFS volume and turn on Transit encryption (optionally EFS IAM authorization), then update services to the new revision.',
        cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json  # "efsVolumeConfiguration": {"fileSystemId": "fs-...", "transitEncryption": "ENABLED"}',
        terraform: 'resource "aws_ecs_task_definition" "x" { volume { name = "data" efs_volume_configuration { file_system_id = "fs-..." transit_encryption = "ENABLED" } } }',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html',
    },
    references: ['Checkov CKV_AWS_97'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::ECS::TaskDefinition', (td) => {
            if (!td.volumes)
                return fieldNotCollected(td, 'volumes');
            const efs = td.volumes.filter((v) => v.efs);
            if (!efs.length)
                return null;
            const clear = efs.filter((v) => v.efs?.transitEncryption !== 'ENABLED').map((v) => v.name);
            return clear.length
                ? fail(resourceRef(td), `In task definition ${named(td)}, EFS volume(s) ${listNames(clear)} do not encrypt data in transit.`, { volumes: clear })
                : pass(resourceRef(td), `Every EFS volume of task definition ${named(td)} encrypts data in transit.`);
        });
    },
});
