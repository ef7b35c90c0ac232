import { endpointForServiceRule } from '../lib/vpcEndpoints.js';

export default endpointForServiceRule({ id: 'vpc_endpoint_for_ecr_dkr_in_workload_vpcs', service: 'ecr.dkr', label: 'the Amazon ECR Docker registry', why: 'Docker registry calls made when container images such as DLCs are pulled', url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html', references: ['AWS FSBP EC2.56'] });
