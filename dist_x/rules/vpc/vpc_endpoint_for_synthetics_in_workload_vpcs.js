import { endpointForServiceRule } from '../lib/vpcEndpoints.js';
export default endpointForServiceRule({ id: 'vpc_endpoint_for_synthetics_in_workload_vpcs', service: 'synthetics', label: 'CloudWatch Synthetics', why: 'Synthetics API calls made from the VPC', url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-synthetics-and-interface-VPC.html' });
