import { endpointForServiceRule } from '../lib/vpcEndpoints.js';
export default endpointForServiceRule({ id: 'vpc_endpoint_for_sagemaker_api_in_workload_vpcs', service: 'sagemaker.api', label: 'the SageMaker API', why: 'SageMaker API calls made from notebooks and training code', url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/interface-vpc-endpoint.html' });
