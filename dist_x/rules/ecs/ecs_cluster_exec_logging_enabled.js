import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'ecs_cluster_exec_logging_enabled',
    title: 'Cluster does not turn off logging of ECS Exec sessions',
    service: 'ecs',
    topic: 'logging-and-monitoring',
    severity: 'low',
    resourceType: 'AWS::ECS::Cluster',
    requires: ['ecs.clusters'],
    description: 'The cluster\'s executeCommandConfiguration logging is DEFAULT (sessions go to the task\'s awslogs log group) or OVERRIDE with a CloudWatch Logs group or S3 bucket, not NONE (Checkov CKV_AWS_223). An unset setting means DEFAULT. Whether each task definition has an awslogs driver is judged by ecs_task_definition_logging_configured.',
    risk: 'With logging NONE, the commands people run inside production containers through ECS Exec leave no record, which hides interactive tampering from an investigation.',
    remediation: {
        text: 'In the Amazon ECS console, select the cluster, choose Update cluster, and under ECS Exec configuration choose Default or Override with a CloudWatch log group or S3 bucket.',
        cli: 'aws ecs update-cluster --cluster <cluster> --configuration \'executeCommandConfiguration={logging=OVERRIDE,logConfiguration={cloudWatchLogGroupName=<group>,cloudWatchEncryptionEnabled=true}}\'',
        terraform: 'resource "aws_ecs_cluster" "x" { configuration { execute_command_configuration { logging = "OVERRIDE" log_configuration { cloud_watch_log_group_name = "<group>" } } } }',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html#ecs-exec-logging',
    },
    references: ['Checkov CKV_AWS_223'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::ECS::Cluster', (c) => {
            const mode = c.executeCommandLogging ?? 'DEFAULT';
            if (mode === 'NONE')
                return fail(resourceRef(c), `Cluster ${named(c)} sets ECS Exec logging to NONE: sessions are not logged.`, { logging: mode });
            if (mode === 'OVERRIDE' && !c.executeCommandLogDestination)
                return fail(resourceRef(c), `Cluster ${named(c)} overrides ECS Exec logging without a CloudWatch Logs group or S3 bucket.`, { logging: mode });
            return pass(resourceRef(c), mode === 'OVERRIDE'
                ? `Cluster ${named(c)} logs ECS Exec sessions to ${[c.executeCommandLogDestination?.cloudWatchLogGroupName, c.executeCommandLogDestination?.s3BucketName].filter(Boolean).join(' and ')}.`
                : `Cluster ${named(c)} logs ECS Exec sessions through each task's awslogs configuration (DEFAULT).`, { logging: mode, destination: c.executeCommandLogDestination ?? null });
        });
    },
});
