import { endpointForServiceRule } from '../lib/vpcEndpoints.js';
export default endpointForServiceRule({ id: 'vpc_endpoint_for_config_in_workload_vpcs', service: 'config', label: 'AWS Config', why: 'AWS Config API calls made from the VPC', url: 'https://docs.aws.amazon.com/config/latest/developerguide/create-VPC-endpoint-for-Config.html' });
