import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'ecs_cluster_container_insights_enabled',
    title: 'Cluster has CloudWatch Container Insights enabled',
    service: 'ecs',
    topic: 'logging-and-monitoring',
    severity: 'low',
    resourceType: 'AWS::ECS::Cluster',
    requires: ['ecs.clusters'],
    description: 'The cluster\'s containerInsights setting is "enabled" or "enhanced", so CloudWatch collects task and container metrics and events.',
    risk: 'Without Container Insights there are no per-task CPU, memory, network and restart metrics to notice abuse (e.g. cryptomining on GPU tasks) or failures.',
    remediation: {
        text: 'In the Amazon ECS console, select the cluster, choose Update cluster, and under Monitoring turn on Container Insights (or Container Insights with enhanced observability).',
        cli: 'aws ecs update-cluster-settings --cluster <cluster> --settings name=containerInsights,value=enabled',
        terraform: 'resource "aws_ecs_cluster" "x" { setting { name = "containerInsights" value = "enabled" } }',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html',
    },
    references: ['AWS FSBP ECS.12'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::ECS::Cluster', (c) => c.containerInsights === 'enabled' || c.containerInsights === 'enhanced'
            ? pass(resourceRef(c), `Cluster ${named(c)} has Container Insights ${c.containerInsights}.`)
            : fail(resourceRef(c), `Cluster ${named(c)} has Container Insights ${c.containerInsights ?? 'not set (disabled)'}.`, { containerInsights: c.containerInsights ?? null }));
    },
});
