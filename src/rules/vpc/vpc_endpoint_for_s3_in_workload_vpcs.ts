import { endpointForServiceRule } from '../lib/vpcEndpoints.js';

export default endpointForServiceRule({ id: 'vpc_endpoint_for_s3_in_workload_vpcs', service: 's3', label: 'Amazon S3', why: 'S3 requests, including the image layers Amazon ECR serves from S3, model artifacts and training data', url: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html', types: ['Gateway', 'Interface'] });
