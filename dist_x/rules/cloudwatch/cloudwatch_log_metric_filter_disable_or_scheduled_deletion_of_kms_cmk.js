import { cisMetricFilterRule } from '../lib/cisMetricFilters.js';
export default cisMetricFilterRule('cloudwatch_log_metric_filter_disable_or_scheduled_deletion_of_kms_cmk');
