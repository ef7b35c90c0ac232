import { endpointForServiceRule } from '../lib/vpcEndpoints.js';
export default endpointForServiceRule({ id: 'vpc_endpoint_for_ec2_in_workload_vpcs', service: 'ec2', label: 'the Amazon EC2 API', why: 'EC2 API calls made from the VPC', url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/interface-vpc-endpoints.html', references: ['AWS FSBP EC2.10'] });
