import { endpointForServiceRule } from '../lib/vpcEndpoints.js';
export default endpointForServiceRule({ id: 'vpc_endpoint_for_logs_in_workload_vpcs', service: 'logs', label: 'CloudWatch Logs', why: 'log deliveries from the CloudWatch agent, awslogs drivers of ECS tasks and SageMaker jobs', url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch-logs-and-interface-VPC.html' });
