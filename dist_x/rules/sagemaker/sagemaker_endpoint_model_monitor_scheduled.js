import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
import { MONITORING_DOC } from '../lib/sagemakerMonitoringJobs.js';
/** The only schedule status in which Model Monitor starts jobs; Pending, Failed and Stopped run none. */
const ACTIVE = 'Scheduled';
export default defineRule({
    id: 'sagemaker_endpoint_model_monitor_scheduled',
    title: 'Real-time endpoint has an active Model Monitor schedule',
    service: 'sagemaker',
    topic: 'logging-and-monitoring',
    severity: 'low',
    resourceType: 'AWS::SageMaker::Endpoint',
    requires: ['sagemaker.endpoints', 'sagemaker.monitoringSchedules'],
    // Endpoint configurations only tell serverless endpoints apart, which Model Monitor does not support.
    uses: ['sagemaker.endpointConfigs'],
    description: 'Every SageMaker real-time endpoint that is InService has at least one Model Monitor monitoring schedule in the Scheduled state (data quality, model quality, bias drift or feature attribution drift), so SageMaker regularly compares the captured traffic with a baseline and reports violations to CloudWatch. A schedule that is Pending, Failed or Stopped runs no jobs and does not count. Endpoints whose configuration has only serverless variants are not judged: Serverless Inference does not support data capture or Model Monitor. AWS notes that Model Monitor is no longer open to new customers; accounts that cannot use it should mute this rule and document how they monitor their endpoints instead.',
    risk: 'An endpoint nobody monitors can drift or be fed manipulated inputs (data poisoning, adversarial or out-of-distribution traffic) without any alert: a model that starts answering wrongly or unfairly keeps doing so until someone notices by other means.',
    remediation: {
        text: 'Enable data capture on the endpoint, create a baseline from the training data, then in SageMaker Studio (Deployments > Endpoints > the endpoint > Model Monitoring) or with the SageMaker Python SDK (DefaultModelMonitor.create_monitoring_schedule) create a monitoring schedule for the endpoint. Restart stopped schedules (StartMonitoringSchedule) and fix failed ones.',
        cli: 'aws sagemaker create-monitoring-schedule --monitoring-schedule-name <endpoint>-data-quality --monitoring-schedule-config \'{"ScheduleConfig":{"ScheduleExpression":"cron(0 * ? * * *)"},"MonitoringJobDefinitionName":"<job-definition>","MonitoringType":"DataQuality"}\'',
        cloudformation: 'Type: AWS::SageMaker::MonitoringSchedule\nProperties:\n  MonitoringScheduleName: <endpoint>-data-quality\n  EndpointName: <endpoint>\n  MonitoringScheduleConfig:\n    MonitoringJobDefinitionName: <job-definition>\n    MonitoringType: DataQuality\n    ScheduleConfig: { ScheduleExpression: cron(0 * ? * * *) }',
        url: MONITORING_DOC,
    },
    references: ['Prowler sagemaker_models_monitor_enabled'],
    evaluate({ inventory, collected }) {
        const schedules = inventory.all('AWS::SageMaker::MonitoringSchedule');
        const configs = collected('sagemaker.endpointConfigs') ? new Map(inventory.all('AWS::SageMaker::EndpointConfig').map((c) => [c.id, c])) : undefined;
        return judgeEach(inventory, 'AWS::SageMaker::Endpoint', (e) => {
            if (e.status !== 'InService')
                return null;
            const variants = configs?.get(e.endpointConfigName ?? '')?.productionVariants ?? [];
            if (variants.length && variants.every((v) => v.serverless))
                return null;
            const mine = schedules.filter((s) => s.endpointName === e.id);
            const active = mine.filter((s) => s.status === ACTIVE);
            const evidence = { schedules: mine.map((s) => ({ name: s.id, status: s.status ?? null, monitoringType: s.monitoringType ?? null })) };
            if (active.length)
                return pass(resourceRef(e), `Endpoint ${named(e)} is monitored by ${active.map((s) => `${s.id}${s.monitoringType ? ` (${s.monitoringType})` : ''}`).join(', ')}.`, evidence);
            return fail(resourceRef(e), mine.length
                ? `Endpoint ${named(e)} has no active monitoring schedule: ${mine.map((s) => `${s.id} is ${s.status ?? 'in an unknown state'}`).join(', ')}.`
                : `Endpoint ${named(e)} has no Model Monitor monitoring schedule.`, evidence);
        });
    },
});
