import { cisMetricFilterRule } from '../lib/cisMetricFilters.js';
export default cisMetricFilterRule('cloudwatch_log_metric_filter_network_acl_changes');
