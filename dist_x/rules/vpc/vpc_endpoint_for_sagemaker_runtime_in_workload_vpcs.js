import { endpointForServiceRule } from '../lib/vpcEndpoints.js';
export default endpointForServiceRule({ id: 'vpc_endpoint_for_sagemaker_runtime_in_workload_vpcs', service: 'sagemaker.runtime', label: 'the SageMaker Runtime', why: 'inference requests to SageMaker endpoints', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/interface-vpc-endpoint.html' });
