import { endpointForServiceRule } from '../lib/vpcEndpoints.js';

export default endpointForServiceRule({ id: 'vpc_endpoint_for_ecr_api_in_workload_vpcs', service: 'ecr.api', label: 'the Amazon ECR API', why: 'registry API calls (authorization tokens, image manifests) made when ECS, EKS or SageMaker pull container images such as DLCs', url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html', references: ['AWS FSBP EC2.55'] });
