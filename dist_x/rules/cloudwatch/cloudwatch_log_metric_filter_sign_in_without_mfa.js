import { cisMetricFilterRule } from '../lib/cisMetricFilters.js';
export default cisMetricFilterRule('cloudwatch_log_metric_filter_sign_in_without_mfa');
