import { endpointForServiceRule } from '../lib/vpcEndpoints.js';
export default endpointForServiceRule({ id: 'vpc_endpoint_for_ssm_in_workload_vpcs', service: 'ssm', label: 'AWS Systems Manager', why: 'Systems Manager calls used to manage and patch hosts without SSH', url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/setup-create-vpc.html', references: ['AWS FSBP EC2.57'] });
