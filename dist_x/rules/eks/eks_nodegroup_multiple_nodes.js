import { z } from 'zod';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
import { fieldNotCollected } from '../lib/staleInventory.js';
const params = z.object({ minNodes: z.number().int().min(2).default(2) }).default({ minNodes: 2 });
export default defineRule({
    id: 'eks_nodegroup_multiple_nodes',
    title: 'Managed node group keeps at least two nodes',
    service: 'eks',
    topic: 'resilience',
    severity: 'low',
    resourceType: 'AWS::EKS::Nodegroup',
    requires: ['eks.nodegroups'],
    params,
    description: 'The node group\'s scaling configuration has a minimum size of at least minNodes (default 2), so it never scales down to a single node that is a single point of failure.',
    risk: 'With one node, a node failure, an AMI update or a Spot interruption evicts every pod of the node group at once, and nothing else can schedule them until a replacement joins.',
    remediation: {
        text: 'In the Amazon EKS console, open the cluster, select the node group under Compute, choose Edit, set Minimum size (and Desired size) to 2 or more, and save.',
        cli: 'aws eks update-nodegroup-config --cluster-name <cluster> --nodegroup-name <nodegroup> --scaling-config minSize=2,maxSize=<max>,desiredSize=2',
        terraform: 'resource "aws_eks_node_group" "x" { scaling_config { min_size = 2 desired_size = 2 max_size = 4 } }',
        url: 'https://docs.aws.amazon.com/eks/latest/best-practices/application.html',
    },
    references: [],
    evaluate({ inventory, params }) {
        return judgeEach(inventory, 'AWS::EKS::Nodegroup', (n) => {
            const min = n.scalingConfig?.minSize;
            if (min === undefined)
                return fieldNotCollected(n, 'scaling configuration');
            return min >= params.minNodes
                ? pass(resourceRef(n), `Node group ${named(n)} keeps at least ${min} nodes.`, { scalingConfig: n.scalingConfig })
                : fail(resourceRef(n), `Node group ${named(n)} can scale down to ${min} node(s), fewer than ${params.minNodes}.`, { scalingConfig: n.scalingConfig });
        });
    },
});
