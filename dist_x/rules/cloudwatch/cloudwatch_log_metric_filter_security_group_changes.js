import { cisMetricFilterRule } from '../lib/cisMetricFilters.js';
export default cisMetricFilterRule('cloudwatch_log_metric_filter_security_group_changes');
