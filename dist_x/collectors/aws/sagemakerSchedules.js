import { defineCollector } from '../defineCollector.js';
import { iso } from '../util.js';
/**
 * Model Monitor schedules. The List summary already holds what rules read (endpoint, status,
 * monitoring type), so no DescribeMonitoringSchedule call per schedule.
 */
export const sagemakerMonitoringSchedules = defineCollector({
    id: 'sagemaker.monitoringSchedules',
    scope: 'regional',
    iamActions: ['sagemaker:ListMonitoringSchedules'],
    produces: ['AWS::SageMaker::MonitoringSchedule'],
    async collect(ctx) {
        const { SageMakerClient, paginateListMonitoringSchedules } = await import('@aws-sdk/client-sagemaker');
        const client = ctx.clients.get(SageMakerClient, ctx.region);
        const list = [];
        for await (const page of paginateListMonitoringSchedules({ client, pageSize: 100 }, {}))
            list.push(...(page.MonitoringScheduleSummaries ?? []));
        return list
            .filter((s) => s.MonitoringScheduleName)
            .map((s) => ({
            id: s.MonitoringScheduleName,
            arn: s.MonitoringScheduleArn,
            name: s.MonitoringScheduleName,
            account: ctx.account,
            region: ctx.region,
            tags: {},
            type: 'AWS::SageMaker::MonitoringSchedule',
            status: s.MonitoringScheduleStatus,
            endpointName: s.EndpointName,
            monitoringType: s.MonitoringType,
            jobDefinitionName: s.MonitoringJobDefinitionName,
            createdAt: iso(s.CreationTime),
        }));
    },
});
export const sagemakerScheduleCollectors = [sagemakerMonitoringSchedules];
