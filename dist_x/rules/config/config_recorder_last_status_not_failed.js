import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { isCustomerRecorder, RECORDER_DOC } from '../lib/configRecorders.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'config_recorder_last_status_not_failed',
    title: 'AWS Config recorder last recorded without failure',
    service: 'config',
    topic: 'logging-and-monitoring',
    severity: 'medium',
    resourceType: 'AWS::Config::ConfigurationRecorder',
    requires: ['config.recorders'],
    description: 'The last status of each customer-managed recorder is not Failure (typically a role that lost its permissions or a delivery bucket it can no longer write).',
    risk: 'A recorder that is "on" but failing records nothing: the account looks covered while configuration history silently stops.',
    remediation: {
        text: 'In the AWS Config console open Settings, read the recorder error, then fix its cause: restore the service-linked role (or the role\'s permissions), and check that the delivery bucket and KMS key policies still allow AWS Config.',
        cli: 'aws configservice describe-configuration-recorder-status --region <region>',
        url: RECORDER_DOC,
    },
    references: ['https://docs.aws.amazon.com/config/latest/APIReference/API_ConfigurationRecorderStatus.html'],
    evaluate({ inventory }) {
        return inventory
            .all('AWS::Config::ConfigurationRecorder')
            .filter(isCustomerRecorder)
            .map((r) => {
            if (!r.status.ok)
                return error(resourceRef(r), `Could not read the status of recorder ${r.name} in ${r.region}: ${r.status.error}`);
            const s = r.status.value;
            if (!s)
                return error(resourceRef(r), `AWS Config reported no status for recorder ${r.name} in ${r.region}.`);
            if (s.lastStatus?.toLowerCase() === 'failure')
                return fail(resourceRef(r), `Recorder ${r.name} in ${r.region} last failed${s.lastErrorCode ? ` with ${s.lastErrorCode}` : ''}.`, { lastStatus: s.lastStatus, lastErrorCode: s.lastErrorCode, lastErrorMessage: s.lastErrorMessage });
            return pass(resourceRef(r), `Recorder ${r.name} in ${r.region} last status is ${s.lastStatus ?? 'not reported (never started)'}.`, { lastStatus: s.lastStatus });
        });
    },
});
