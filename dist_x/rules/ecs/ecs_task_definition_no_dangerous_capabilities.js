import { z } from 'zod';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
import { fieldNotCollected } from '../lib/staleInventory.js';
const DEFAULT = ['ALL', 'SYS_ADMIN', 'SYS_MODULE', 'SYS_PTRACE', 'SYS_RAWIO', 'SYS_BOOT', 'DAC_READ_SEARCH', 'NET_ADMIN', 'BPF', 'MAC_ADMIN'];
const params = z.object({ capabilities: z.array(z.string()).default(DEFAULT) }).default({ capabilities: DEFAULT });
export default defineRule({
    id: 'ecs_task_definition_no_dangerous_capabilities',
    title: 'Task definition containers add no powerful Linux capabilities',
    service: 'ecs',
    topic: 'infrastructure-security',
    severity: 'high',
    resourceType: 'AWS::ECS::TaskDefinition',
    requires: ['ecs.taskDefinitions'],
    params,
    description: 'No container\'s linuxParameters.capabilities.add lists a capability in `capabilities` (default: ALL, SYS_ADMIN, SYS_MODULE, SYS_PTRACE, SYS_RAWIO, SYS_BOOT, DAC_READ_SEARCH, NET_ADMIN, BPF, MAC_ADMIN), each of which gives a container much of the power of a privileged one.',
    risk: 'SYS_ADMIN, SYS_MODULE and the like let a compromised container mount file systems, load kernel modules or trace other processes: the usual first step of a container escape onto the host and its other tasks.',
    remediation: {
        text: 'In the Amazon ECS console, create a new task definition revision and, for each container, remove the capabilities from Linux parameters > Capabilities > Add (and drop what the application does not need). Update services to the new revision.',
        cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json  # "linuxParameters": {"capabilities": {"drop": ["ALL"]}}',
        terraform: 'resource "aws_ecs_task_definition" "x" { container_definitions = jsonencode([{ name = "app", linuxParameters = { capabilities = { drop = ["ALL"] } } }]) }',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/security-tasks-containers.html',
    },
    references: [],
    evaluate({ inventory, params }) {
        const dangerous = new Set(params.capabilities.map((c) => c.toUpperCase().replace(/^CAP_/, '')));
        return judgeEach(inventory, 'AWS::ECS::TaskDefinition', (td) => {
            if (td.containers.some((c) => !c.capabilitiesAdd))
                return fieldNotCollected(td, 'container capabilities');
            const hits = td.containers
                .map((c) => ({ container: c.name, added: (c.capabilitiesAdd ?? []).filter((x) => dangerous.has(x.toUpperCase().replace(/^CAP_/, ''))) }))
                .filter((h) => h.added.length);
            return hits.length
                ? fail(resourceRef(td), `In task definition ${named(td)}, ${hits.map((h) => `container "${h.container}" adds ${h.added.join(', ')}`).join('; ')}.`, { containers: hits })
                : pass(resourceRef(td), `No container of task definition ${named(td)} adds a powerful Linux capability.`);
        });
    },
});
