import { cisMetricFilterRule } from '../lib/cisMetricFilters.js';
export default cisMetricFilterRule('cloudwatch_log_metric_filter_cloudtrail_configuration_changes');
