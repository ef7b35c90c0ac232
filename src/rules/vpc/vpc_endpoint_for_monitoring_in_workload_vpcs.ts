import { endpointForServiceRule } from '../lib/vpcEndpoints.js';

export default endpointForServiceRule({ id: 'vpc_endpoint_for_monitoring_in_workload_vpcs', service: 'monitoring', label: 'CloudWatch metrics', why: 'metric and alarm API calls (PutMetricData from the CloudWatch agent and DLC telemetry)', url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-and-interface-VPC.html' });
