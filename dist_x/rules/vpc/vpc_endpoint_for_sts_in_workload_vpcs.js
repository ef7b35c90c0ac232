import { endpointForServiceRule } from '../lib/vpcEndpoints.js';
export default endpointForServiceRule({ id: 'vpc_endpoint_for_sts_in_workload_vpcs', service: 'sts', label: 'AWS STS', why: 'credential requests (AssumeRole, web identity for EKS pods)', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_interface_vpc_endpoints.html' });
