/**
 * The largest page each list/describe operation posture calls allows, from the AWS API reference
 * (checked against the botocore service models moto ships with: `min`/`max` of the page-size
 * member). The benchmark does not trust the collectors to ask for it: it reads the page size off
 * every request they send and reports any that asks for less (or leaves it to the API default).
 *
 * `param` is the request member that sets the page size; none means the API fixes the page.
 * `items` counts what one answer returned, in the unit the page size counts.
 */
type Out = Record<string, unknown>;
export interface PageLimit {
  param?: string;
  max: number;
  items: (out: Out) => number;
}

const n = (...keys: string[]) => (out: Out) => {
  for (const k of keys) if (Array.isArray(out[k])) return (out[k] as unknown[]).length;
  return 0;
};
const sum = (...keys: string[]) => (out: Out) => keys.reduce((t, k) => t + (Array.isArray(out[k]) ? (out[k] as unknown[]).length : 0), 0);
const limit = (param: string | undefined, max: number, items: PageLimit['items']): PageLimit => ({ param, max, items });

export const PAGE_LIMITS: Record<string, PageLimit> = {
  'EC2:DescribeVpcs': limit('MaxResults', 1000, n('Vpcs')),
  'EC2:DescribeSubnets': limit('MaxResults', 1000, n('Subnets')),
  'EC2:DescribeRouteTables': limit('MaxResults', 100, n('RouteTables')),
  'EC2:DescribeInternetGateways': limit('MaxResults', 1000, n('InternetGateways')),
  'EC2:DescribeEgressOnlyInternetGateways': limit('MaxResults', 255, n('EgressOnlyInternetGateways')),
  'EC2:DescribeNatGateways': limit('MaxResults', 1000, n('NatGateways')),
  'EC2:DescribeNetworkAcls': limit('MaxResults', 1000, n('NetworkAcls')),
  'EC2:DescribeSecurityGroups': limit('MaxResults', 1000, n('SecurityGroups')),
  'EC2:DescribeNetworkInterfaces': limit('MaxResults', 1000, n('NetworkInterfaces')),
  // MaxResults counts instances, not reservations.
  'EC2:DescribeInstances': limit('MaxResults', 1000, (o) => ((o.Reservations as Array<{ Instances?: unknown[] }>) ?? []).reduce((t, r) => t + (r.Instances?.length ?? 0), 0)),
  'EC2:DescribeFlowLogs': limit('MaxResults', 1000, n('FlowLogs')),
  'EC2:DescribeVpcEndpoints': limit('MaxResults', 1000, n('VpcEndpoints')),
  'EC2:DescribeVpcEndpointServices': limit('MaxResults', 1000, n('ServiceDetails')),
  'EC2:DescribeVpcPeeringConnections': limit('MaxResults', 1000, n('VpcPeeringConnections')),
  'EC2:DescribeTransitGateways': limit('MaxResults', 1000, n('TransitGateways')),
  'EC2:DescribeLaunchTemplates': limit('MaxResults', 200, n('LaunchTemplates')),
  'EC2:DescribeLaunchTemplateVersions': limit('MaxResults', 200, n('LaunchTemplateVersions')),
  'CloudWatch:DescribeAlarms': limit('MaxRecords', 100, sum('MetricAlarms', 'CompositeAlarms')),
  'CloudWatchLogs:DescribeLogGroups': limit('limit', 50, n('logGroups')),
  'CloudWatchLogs:DescribeMetricFilters': limit('limit', 50, n('metricFilters')),
  'CloudWatchLogs:DescribeResourcePolicies': limit('limit', 50, n('resourcePolicies')),
  'CloudWatchLogs:DescribeDeliveryDestinations': limit('limit', 50, n('deliveryDestinations')),
  'CloudWatchLogs:DescribeDestinations': limit('limit', 50, n('destinations')),
  'Synthetics:DescribeCanaries': limit('MaxResults', 20, n('Canaries')),
  'Synthetics:DescribeRuntimeVersions': limit('MaxResults', 100, n('RuntimeVersions')),
  'ConfigService:DescribeConfigRules': limit(undefined, Infinity, n('ConfigRules')),
  'ConfigService:DescribeComplianceByConfigRule': limit(undefined, Infinity, n('ComplianceByConfigRules')),
  'ConfigService:DescribeAggregationAuthorizations': limit('Limit', 100, n('AggregationAuthorizations')),
  'ConfigService:DescribeConfigurationAggregators': limit('Limit', 100, n('ConfigurationAggregators')),
  'ConfigService:DescribeConformancePacks': limit('Limit', 20, n('ConformancePackDetails')),
  'ConfigService:GetConformancePackComplianceSummary': limit('Limit', 20, n('ConformancePackComplianceSummaryList')),
  'ConfigService:DescribeRetentionConfigurations': limit(undefined, Infinity, n('RetentionConfigurations')),
  'ResourceGroups:ListGroups': limit('MaxResults', 50, n('GroupIdentifiers', 'Groups')),
  'ResourceGroups:ListGroupResources': limit('MaxResults', 50, n('Resources', 'ResourceIdentifiers')),
  'ResourceGroupsTaggingAPI:GetResources': limit('ResourcesPerPage', 100, n('ResourceTagMappingList')),
  'ECR:DescribeRepositories': limit('maxResults', 1000, n('repositories')),
  'ECR:DescribePullThroughCacheRules': limit('maxResults', 1000, n('pullThroughCacheRules')),
  'ECR:DescribeImages': limit('maxResults', 1000, n('imageDetails')),
  'ECS:ListClusters': limit('maxResults', 100, n('clusterArns')),
  'ECS:ListServices': limit('maxResults', 100, n('serviceArns')),
  'ECS:ListTaskDefinitions': limit('maxResults', 100, n('taskDefinitionArns')),
  'EKS:ListClusters': limit('maxResults', 100, n('clusters')),
  'EKS:ListNodegroups': limit('maxResults', 100, n('nodegroups')),
  'SageMaker:ListNotebookInstances': limit('MaxResults', 100, n('NotebookInstances')),
  'SageMaker:ListEndpointConfigs': limit('MaxResults', 100, n('EndpointConfigs')),
  'SageMaker:ListModels': limit('MaxResults', 100, n('Models')),
  'SageMaker:ListTrainingJobs': limit('MaxResults', 100, n('TrainingJobSummaries')),
  'SageMaker:ListDomains': limit('MaxResults', 100, n('Domains')),
  'SageMaker:ListMonitoringSchedules': limit('MaxResults', 100, n('MonitoringScheduleSummaries')),
  'SageMaker:ListEndpoints': limit('MaxResults', 100, n('Endpoints')),
  'SageMaker:ListProcessingJobs': limit('MaxResults', 100, n('ProcessingJobSummaries')),
  'SageMaker:ListDataQualityJobDefinitions': limit('MaxResults', 100, n('JobDefinitionSummaries')),
  'SageMaker:ListModelBiasJobDefinitions': limit('MaxResults', 100, n('JobDefinitionSummaries')),
  'SageMaker:ListModelExplainabilityJobDefinitions': limit('MaxResults', 100, n('JobDefinitionSummaries')),
  'SageMaker:ListModelQualityJobDefinitions': limit('MaxResults', 100, n('JobDefinitionSummaries')),
  'SageMaker:ListNotebookInstanceLifecycleConfigs': limit('MaxResults', 100, n('NotebookInstanceLifecycleConfigs')),
  'IAM:ListRoles': limit('MaxItems', 1000, n('Roles')),
  'IAM:ListAttachedRolePolicies': limit('MaxItems', 1000, n('AttachedPolicies')),
  'IAM:ListRolePolicies': limit('MaxItems', 1000, n('PolicyNames')),
  'IAM:ListPolicies': limit('MaxItems', 1000, n('Policies')),
  'IAM:ListInstanceProfiles': limit('MaxItems', 1000, n('InstanceProfiles')),
  'IAM:GetAccountAuthorizationDetails': limit('MaxItems', 1000, sum('UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies')),
  'KMS:ListKeys': limit('Limit', 1000, n('Keys')),
  'SNS:ListTopics': limit(undefined, 100, n('Topics')),
  'Organizations:ListAccounts': limit('MaxResults', 20, n('Accounts')),
  'Inspector2:ListCoverage': limit('maxResults', 200, n('coveredResources')),
  'Inspector2:ListFindings': limit('maxResults', 100, n('findings')),
  'ResourceExplorer2:ListIndexes': limit('MaxResults', 100, n('Indexes')),
  'SSM:DescribeInstanceInformation': limit('MaxResults', 50, n('InstanceInformationList')),
};

/** Calls that describe many resources named in one request: at most `max` names a call. */
export const BATCH_LIMITS: Record<string, { param: string; max: number }> = {
  'ECS:DescribeClusters': { param: 'clusters', max: 100 },
  'ECS:DescribeServices': { param: 'services', max: 10 },
  'Inspector2:BatchGetAccountStatus': { param: 'accountIds', max: 10 },
};

/** Request members that set a page size: an operation sending one must be in PAGE_LIMITS. */
export const PAGE_SIZE_PARAMS = new Set(['MaxResults', 'maxResults', 'Limit', 'limit', 'MaxItems', 'MaxRecords', 'ResourcesPerPage', 'PageSize', 'pageSize']);

/**
 * Per-resource calls for which AWS has a call that answers for many resources at once; the
 * benchmark names it next to the calls (the minimum it prints is still one call per resource,
 * what the collector's design needs; the note says what a redesign could save).
 */
export const BATCH_ALTERNATIVES: Record<string, string> = {
  'IAM:ListAttachedRolePolicies': 'iam:GetAccountAuthorizationDetails (roles with attached and inline policies, 1000 a page)',
  'IAM:ListRolePolicies': 'iam:GetAccountAuthorizationDetails',
  'IAM:GetRolePolicy': 'iam:GetAccountAuthorizationDetails',
  'IAM:GetPolicyVersion': 'iam:GetAccountAuthorizationDetails (local policies with every version document)',
  'ResourceGroups:GetTags': 'tag:GetResources (which tagging.resources already pages through)',
};

/** Request members that carry a pagination token: left out when deciding which calls list the same thing. */
export const TOKEN_PARAMS = new Set(['NextToken', 'nextToken', 'Marker', 'marker', 'PaginationToken', 'StartingToken']);

/** Request members that differ between calls asking the same thing (a session name with a time stamp). */
export const VOLATILE_PARAMS = new Set(['RoleSessionName']);
