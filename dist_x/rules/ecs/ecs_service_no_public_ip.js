import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'ecs_service_no_public_ip',
    title: 'Service does not assign public IP addresses to its tasks',
    service: 'ecs',
    topic: 'infrastructure-security',
    severity: 'high',
    resourceType: 'AWS::ECS::Service',
    requires: ['ecs.services'],
    description: 'The service\'s awsvpc network configuration has assignPublicIp DISABLED. Services that do not use awsvpc networking get no task-level public address and pass.',
    risk: 'Each task gets a public IPv4 address; whatever its security groups admit is then reachable from the internet, and the tasks can be found by internet-wide scans.',
    remediation: {
        text: 'In the Amazon ECS console, update the service, and under Networking turn off "Public IP". Put the tasks in private subnets with a NAT gateway or VPC endpoints for outbound access, and a load balancer for inbound traffic.',
        cli: 'aws ecs update-service --cluster <cluster> --service <service> --network-configuration "awsvpcConfiguration={subnets=[<subnet>],securityGroups=[<sg>],assignPublicIp=DISABLED}"',
        terraform: 'resource "aws_ecs_service" "x" { network_configuration { subnets = ["<subnet>"] assign_public_ip = false } }',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html',
    },
    references: ['AWS FSBP ECS.2'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::ECS::Service', (s) => s.awsvpc?.assignPublicIp === 'ENABLED'
            ? fail(resourceRef(s), `Service ${named(s)} assigns public IP addresses to its tasks (assignPublicIp ENABLED).`, { subnets: s.awsvpc.subnets })
            : pass(resourceRef(s), s.awsvpc ? `Service ${named(s)} does not assign public IP addresses.` : `Service ${named(s)} does not use awsvpc networking, so its tasks get no public address of their own.`));
    },
});
