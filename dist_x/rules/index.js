import r0 from './cloudtrail/cloudtrail_cloudwatch_logging_enabled.js';
import r1 from './cloudtrail/cloudtrail_kms_encryption_enabled.js';
import r2 from './cloudtrail/cloudtrail_log_file_validation_enabled.js';
import r3 from './cloudtrail/cloudtrail_multi_region_enabled.js';
import r4 from './cloudwatch/cloudwatch_alarm_action_for_alarm_state.js';
import r5 from './cloudwatch/cloudwatch_alarm_actions_enabled.js';
import r6 from './cloudwatch/cloudwatch_alarm_notification_topic_has_subscribers.js';
import r7 from './cloudwatch/cloudwatch_cross_account_sharing_role_trusts_trusted_accounts.js';
import r8 from './cloudwatch/cloudwatch_log_metric_filter_authentication_failures.js';
import r9 from './cloudwatch/cloudwatch_log_metric_filter_aws_config_changes.js';
import r10 from './cloudwatch/cloudwatch_log_metric_filter_aws_organizations_changes.js';
import r11 from './cloudwatch/cloudwatch_log_metric_filter_cloudtrail_configuration_changes.js';
import r12 from './cloudwatch/cloudwatch_log_metric_filter_disable_or_scheduled_deletion_of_kms_cmk.js';
import r13 from './cloudwatch/cloudwatch_log_metric_filter_network_acl_changes.js';
import r14 from './cloudwatch/cloudwatch_log_metric_filter_network_gateway_changes.js';
import r15 from './cloudwatch/cloudwatch_log_metric_filter_policy_changes.js';
import r16 from './cloudwatch/cloudwatch_log_metric_filter_root_usage.js';
import r17 from './cloudwatch/cloudwatch_log_metric_filter_route_table_changes.js';
import r18 from './cloudwatch/cloudwatch_log_metric_filter_s3_bucket_policy_changes.js';
import r19 from './cloudwatch/cloudwatch_log_metric_filter_security_group_changes.js';
import r20 from './cloudwatch/cloudwatch_log_metric_filter_sign_in_without_mfa.js';
import r21 from './cloudwatch/cloudwatch_log_metric_filter_unauthorized_api_calls.js';
import r22 from './cloudwatch/cloudwatch_log_metric_filter_vpc_changes.js';
import r23 from './cloudwatch/cloudwatch_vpc_flow_log_group_has_metric_alarm.js';
import r24 from './config/config_aggregation_authorization_to_trusted_accounts.js';
import r25 from './config/config_aggregator_covers_all_regions.js';
import r26 from './config/config_conformance_pack_compliant.js';
import r27 from './config/config_conformance_pack_deployed.js';
import r28 from './config/config_delivery_channel_bucket_blocks_public_access.js';
import r29 from './config/config_delivery_channel_bucket_encrypted_with_kms.js';
import r30 from './config/config_delivery_channel_configured.js';
import r31 from './config/config_delivery_channel_delivery_not_failing.js';
import r32 from './config/config_delivery_channel_sns_notifications_configured.js';
import r33 from './config/config_delivery_channel_topic_encrypted.js';
import r34 from './config/config_recorder_enabled_all_regions.js';
import r35 from './config/config_recorder_enabled_in_region.js';
import r36 from './config/config_recorder_last_status_not_failed.js';
import r37 from './config/config_recorder_recording_frequency_continuous.js';
import r38 from './config/config_recorder_records_all_resource_types.js';
import r39 from './config/config_recorder_records_global_resource_types.js';
import r40 from './config/config_recorder_role_confused_deputy_prevention.js';
import r41 from './config/config_recorder_uses_service_linked_role.js';
import r42 from './config/config_retention_period_at_least_min_days.js';
import r43 from './config/config_rule_compliant.js';
import r44 from './dlc/dlc_endpoint_config_no_elastic_inference.js';
import r45 from './dlc/dlc_host_imds_protected.js';
import r46 from './dlc/dlc_huggingface_image_latest_transformers.js';
import r47 from './dlc/dlc_image_build_recent.js';
import r48 from './dlc/dlc_image_end_of_patch_not_near.js';
import r49 from './dlc/dlc_image_family_not_retired.js';
import r50 from './dlc/dlc_image_line_fully_patchable.js';
import r51 from './dlc/dlc_image_pinned_by_digest.js';
import r52 from './dlc/dlc_image_registry_same_region.js';
import r53 from './dlc/dlc_image_registry_trusted.js';
import r54 from './dlc/dlc_image_scan_coverage.js';
import r55 from './dlc/dlc_image_within_end_of_patch.js';
import r56 from './dlc/dlc_llm_image_latest_release.js';
import r57 from './dlc/dlc_training_multi_node_encrypted.js';
import r58 from './ec2/ec2_account_imds_default_requires_imdsv2.js';
import r59 from './ec2/ec2_ebs_encryption_by_default.js';
import r60 from './ec2/ec2_instance_ami_not_outdated.js';
import r61 from './ec2/ec2_instance_imdsv2_required.js';
import r62 from './ec2/ec2_instance_managed_by_ssm.js';
import r63 from './ec2/ec2_instance_no_high_severity_inspector_findings.js';
import r64 from './ec2/ec2_instance_no_public_ip.js';
import r65 from './ec2/ec2_instance_profile_role_least_privilege.js';
import r66 from './ec2/ec2_instance_user_data_no_secrets.js';
import r67 from './ec2/ec2_launch_template_imdsv2_required.js';
import r68 from './ec2/ec2_launch_template_user_data_no_secrets.js';
import r69 from './ecr/ecr_pull_through_cache_upstream_trusted.js';
import r70 from './ecr/ecr_registry_enhanced_scanning_enabled.js';
import r71 from './ecr/ecr_repository_encrypted_with_kms.js';
import r72 from './ecr/ecr_repository_latest_image_no_high_severity_findings.js';
import r73 from './ecr/ecr_repository_lifecycle_policy_configured.js';
import r74 from './ecr/ecr_repository_policy_cross_account_trusted.js';
import r75 from './ecr/ecr_repository_policy_not_public.js';
import r76 from './ecr/ecr_repository_policy_service_grants_bound.js';
import r77 from './ecr/ecr_repository_scan_on_push_enabled.js';
import r78 from './ecr/ecr_repository_tag_immutability_enabled.js';
import r79 from './ecs/ecs_cluster_container_insights_enabled.js';
import r80 from './ecs/ecs_cluster_exec_logging_enabled.js';
import r81 from './ecs/ecs_cluster_exec_session_encrypted_with_kms.js';
import r82 from './ecs/ecs_service_deployment_circuit_breaker_enabled.js';
import r83 from './ecs/ecs_service_fargate_latest_platform_version.js';
import r84 from './ecs/ecs_service_multiple_tasks.js';
import r85 from './ecs/ecs_service_no_public_ip.js';
import r86 from './ecs/ecs_service_vpc_endpoints_for_ecr_and_s3.js';
import r87 from './ecs/ecs_task_definition_awsvpc_network_mode.js';
import r88 from './ecs/ecs_task_definition_efs_transit_encryption.js';
import r89 from './ecs/ecs_task_definition_host_network_mode_non_root.js';
import r90 from './ecs/ecs_task_definition_logging_configured.js';
import r91 from './ecs/ecs_task_definition_memory_hard_limit.js';
import r92 from './ecs/ecs_task_definition_no_dangerous_capabilities.js';
import r93 from './ecs/ecs_task_definition_no_environment_secrets.js';
import r94 from './ecs/ecs_task_definition_no_host_pid_mode.js';
import r95 from './ecs/ecs_task_definition_no_privileged_containers.js';
import r96 from './ecs/ecs_task_definition_non_root_user.js';
import r97 from './ecs/ecs_task_definition_readonly_root_filesystem.js';
import r98 from './ecs/ecs_task_definition_task_role_differs_from_execution_role.js';
import r99 from './eks/eks_cluster_audit_logging_enabled.js';
import r100 from './eks/eks_cluster_control_plane_logging_all_types.js';
import r101 from './eks/eks_cluster_deletion_protection_enabled.js';
import r102 from './eks/eks_cluster_endpoint_not_publicly_accessible.js';
import r103 from './eks/eks_cluster_not_in_default_vpc.js';
import r104 from './eks/eks_cluster_private_endpoint_enabled.js';
import r105 from './eks/eks_cluster_secrets_encrypted_with_kms.js';
import r106 from './eks/eks_cluster_security_groups_allow_only_https.js';
import r107 from './eks/eks_cluster_supported_version.js';
import r108 from './eks/eks_nodegroup_ami_type_supported.js';
import r109 from './eks/eks_nodegroup_multiple_availability_zones.js';
import r110 from './eks/eks_nodegroup_multiple_nodes.js';
import r111 from './eks/eks_nodegroup_ssh_restricted.js';
import r112 from './iam/iam_policy_no_administrative_privileges.js';
import r113 from './iam/iam_policy_no_pass_role_on_all_resources.js';
import r114 from './iam/iam_role_cross_account_trust_to_trusted_accounts.js';
import r115 from './iam/iam_role_cross_service_confused_deputy_prevention.js';
import r116 from './iam/iam_role_inline_policy_no_administrative_privileges.js';
import r117 from './iam/iam_role_no_administrator_access_policy.js';
import r118 from './iam/iam_role_trust_policy_not_public.js';
import r119 from './kms/kms_key_not_pending_deletion.js';
import r120 from './kms/kms_key_policy_not_public.js';
import r121 from './kms/kms_key_policy_service_grants_bound.js';
import r122 from './kms/kms_key_rotation_enabled.js';
import r123 from './logs/logs_cloudtrail_log_group_retention_at_least_min_days.js';
import r124 from './logs/logs_delivery_destination_shared_only_with_trusted_accounts.js';
import r125 from './logs/logs_destination_shared_only_with_trusted_accounts.js';
import r126 from './logs/logs_log_group_data_protection_policy_enabled.js';
import r127 from './logs/logs_log_group_encrypted_with_kms.js';
import r128 from './logs/logs_log_group_kms_key_usable.js';
import r129 from './logs/logs_log_group_retention_at_least_min_days.js';
import r130 from './logs/logs_resource_policy_cross_account_to_trusted_accounts.js';
import r131 from './logs/logs_resource_policy_not_public.js';
import r132 from './logs/logs_resource_policy_service_grants_bound.js';
import r133 from './resource-groups/resource_groups_group_has_members.js';
import r134 from './resource-groups/resource_groups_group_name_description_no_secrets.js';
import r135 from './resource-groups/resource_groups_group_required_tags.js';
import r136 from './resource-groups/resource_groups_group_tags_no_personal_data.js';
import r137 from './resource-groups/resource_groups_group_tags_no_secrets.js';
import r138 from './resource-groups/resource_groups_policy_no_group_changes_on_all_groups.js';
import r139 from './resource-groups/resource_groups_resource_explorer_aggregator_index_exists.js';
import r140 from './resource-groups/resource_groups_resource_explorer_index_exists.js';
import r141 from './resource-groups/resource_groups_tag_keys_consistent_case.js';
import r142 from './resource-groups/resource_groups_tagged_resource_name_no_secrets.js';
import r143 from './resource-groups/resource_groups_tagged_resource_required_tags.js';
import r144 from './resource-groups/resource_groups_tagged_resource_required_tags_by_type.js';
import r145 from './resource-groups/resource_groups_tagged_resource_tags_no_personal_data.js';
import r146 from './resource-groups/resource_groups_tagged_resource_tags_no_secrets.js';
import r147 from './s3/s3_bucket_default_encryption.js';
import r148 from './s3/s3_bucket_policy_not_public.js';
import r149 from './s3/s3_bucket_policy_service_grants_bound.js';
import r150 from './s3/s3_bucket_public_access_block_enabled.js';
import r151 from './s3/s3_bucket_secure_transport_policy.js';
import r152 from './sagemaker/sagemaker_domain_encrypted_with_kms.js';
import r153 from './sagemaker/sagemaker_domain_no_direct_internet_access.js';
import r154 from './sagemaker/sagemaker_domain_sso_auth_mode.js';
import r155 from './sagemaker/sagemaker_endpoint_config_data_capture_enabled.js';
import r156 from './sagemaker/sagemaker_endpoint_config_encrypted_with_kms.js';
import r157 from './sagemaker/sagemaker_endpoint_config_variants_multiple_instances.js';
import r158 from './sagemaker/sagemaker_endpoint_model_monitor_scheduled.js';
import r159 from './sagemaker/sagemaker_execution_role_no_full_access.js';
import r160 from './sagemaker/sagemaker_model_environment_no_secrets.js';
import r161 from './sagemaker/sagemaker_model_in_vpc.js';
import r162 from './sagemaker/sagemaker_model_network_isolation_enabled.js';
import r163 from './sagemaker/sagemaker_monitoring_job_encrypted_with_kms.js';
import r164 from './sagemaker/sagemaker_monitoring_job_inter_container_encryption.js';
import r165 from './sagemaker/sagemaker_monitoring_job_network_isolation_enabled.js';
import r166 from './sagemaker/sagemaker_notebook_encrypted_with_kms.js';
import r167 from './sagemaker/sagemaker_notebook_imdsv2_required.js';
import r168 from './sagemaker/sagemaker_notebook_in_vpc.js';
import r169 from './sagemaker/sagemaker_notebook_lifecycle_config_no_secrets.js';
import r170 from './sagemaker/sagemaker_notebook_no_direct_internet_access.js';
import r171 from './sagemaker/sagemaker_notebook_platform_supported.js';
import r172 from './sagemaker/sagemaker_notebook_root_access_disabled.js';
import r173 from './sagemaker/sagemaker_training_job_encrypted_with_kms.js';
import r174 from './sagemaker/sagemaker_training_job_environment_no_secrets.js';
import r175 from './sagemaker/sagemaker_training_job_in_vpc.js';
import r176 from './sagemaker/sagemaker_training_job_inter_container_encryption.js';
import r177 from './sagemaker/sagemaker_training_job_network_isolation_enabled.js';
import r178 from './sagemaker/sagemaker_training_job_role_s3_scoped.js';
import r179 from './sns/sns_topic_encrypted_with_kms.js';
import r180 from './sns/sns_topic_policy_not_public.js';
import r181 from './sns/sns_topic_policy_service_grants_bound.js';
import r182 from './synthetics/synthetics_canary_alarm_configured.js';
import r183 from './synthetics/synthetics_canary_artifacts_encrypted_with_kms.js';
import r184 from './synthetics/synthetics_canary_environment_no_secrets.js';
import r185 from './synthetics/synthetics_canary_execution_role_scoped_to_artifact_bucket.js';
import r186 from './synthetics/synthetics_canary_name_no_sensitive_info.js';
import r187 from './synthetics/synthetics_canary_running.js';
import r188 from './synthetics/synthetics_canary_runs_in_vpc.js';
import r189 from './synthetics/synthetics_canary_runtime_supported.js';
import r190 from './synthetics/synthetics_canary_vpc_endpoints_for_cloudwatch_and_s3.js';
import r191 from './vpc/vpc_default_security_group_not_in_use.js';
import r192 from './vpc/vpc_default_security_group_restricts_all_traffic.js';
import r193 from './vpc/vpc_default_vpc_hosts_no_workloads.js';
import r194 from './vpc/vpc_elastic_ip_associated.js';
import r195 from './vpc/vpc_endpoint_for_config_in_workload_vpcs.js';
import r196 from './vpc/vpc_endpoint_for_ec2_in_workload_vpcs.js';
import r197 from './vpc/vpc_endpoint_for_ecr_api_in_workload_vpcs.js';
import r198 from './vpc/vpc_endpoint_for_ecr_dkr_in_workload_vpcs.js';
import r199 from './vpc/vpc_endpoint_for_logs_in_workload_vpcs.js';
import r200 from './vpc/vpc_endpoint_for_monitoring_in_workload_vpcs.js';
import r201 from './vpc/vpc_endpoint_for_s3_in_workload_vpcs.js';
import r202 from './vpc/vpc_endpoint_for_sagemaker_api_in_workload_vpcs.js';
import r203 from './vpc/vpc_endpoint_for_sagemaker_runtime_in_workload_vpcs.js';
import r204 from './vpc/vpc_endpoint_for_ssm_in_workload_vpcs.js';
import r205 from './vpc/vpc_endpoint_for_sts_in_workload_vpcs.js';
import r206 from './vpc/vpc_endpoint_for_synthetics_in_workload_vpcs.js';
import r207 from './vpc/vpc_endpoint_interface_multi_az.js';
import r208 from './vpc/vpc_endpoint_policy_not_full_access.js';
import r209 from './vpc/vpc_endpoint_private_dns_enabled.js';
import r210 from './vpc/vpc_endpoint_security_group_not_open_to_internet.js';
import r211 from './vpc/vpc_flow_logs_enabled.js';
import r212 from './vpc/vpc_nat_gateway_in_each_workload_az.js';
import r213 from './vpc/vpc_network_acl_ingress_from_internet_to_port_22.js';
import r214 from './vpc/vpc_network_acl_ingress_from_internet_to_port_3389.js';
import r215 from './vpc/vpc_network_acl_unused.js';
import r216 from './vpc/vpc_network_interface_internet_exposed_admin_ports.js';
import r217 from './vpc/vpc_network_interface_internet_exposed_all_ports.js';
import r218 from './vpc/vpc_network_interface_internet_exposed_database_ports.js';
import r219 from './vpc/vpc_network_interface_internet_exposed_high_risk_ports.js';
import r220 from './vpc/vpc_network_interface_peer_exposed_admin_ports.js';
import r221 from './vpc/vpc_peering_connection_trusted_accounts.js';
import r222 from './vpc/vpc_peering_routes_least_access.js';
import r223 from './vpc/vpc_policy_no_network_changes_on_all_resources.js';
import r224 from './vpc/vpc_security_group_ingress_from_internet_only_authorized_ports.js';
import r225 from './vpc/vpc_security_group_ingress_from_internet_to_all_ports.js';
import r226 from './vpc/vpc_security_group_ingress_from_internet_to_database_ports.js';
import r227 from './vpc/vpc_security_group_ingress_from_internet_to_high_risk_ports.js';
import r228 from './vpc/vpc_security_group_ingress_from_internet_to_port_22.js';
import r229 from './vpc/vpc_security_group_ingress_from_internet_to_port_3389.js';
import r230 from './vpc/vpc_security_group_ingress_from_internet_to_remote_access_ports.js';
import r231 from './vpc/vpc_security_group_unused.js';
import r232 from './vpc/vpc_subnet_no_auto_assign_public_ip.js';
import r233 from './vpc/vpc_subnets_in_multiple_azs.js';
import r234 from './vpc/vpc_transit_gateway_auto_accept_disabled.js';
export const RULES = [
    r0,
    r1,
    r2,
    r3,
    r4,
    r5,
    r6,
    r7,
    r8,
    r9,
    r10,
    r11,
    r12,
    r13,
    r14,
    r15,
    r16,
    r17,
    r18,
    r19,
    r20,
    r21,
    r22,
    r23,
    r24,
    r25,
    r26,
    r27,
    r28,
    r29,
    r30,
    r31,
    r32,
    r33,
    r34,
    r35,
    r36,
    r37,
    r38,
    r39,
    r40,
    r41,
    r42,
    r43,
    r44,
    r45,
    r46,
    r47,
    r48,
    r49,
    r50,
    r51,
    r52,
    r53,
    r54,
    r55,
    r56,
    r57,
    r58,
    r59,
    r60,
    r61,
    r62,
    r63,
    r64,
    r65,
    r66,
    r67,
    r68,
    r69,
    r70,
    r71,
    r72,
    r73,
    r74,
    r75,
    r76,
    r77,
    r78,
    r79,
    r80,
    r81,
    r82,
    r83,
    r84,
    r85,
    r86,
    r87,
    r88,
    r89,
    r90,
    r91,
    r92,
    r93,
    r94,
    r95,
    r96,
    r97,
    r98,
    r99,
    r100,
    r101,
    r102,
    r103,
    r104,
    r105,
    r106,
    r107,
    r108,
    r109,
    r110,
    r111,
    r112,
    r113,
    r114,
    r115,
    r116,
    r117,
    r118,
    r119,
    r120,
    r121,
    r122,
    r123,
    r124,
    r125,
    r126,
    r127,
    r128,
    r129,
    r130,
    r131,
    r132,
    r133,
    r134,
    r135,
    r136,
    r137,
    r138,
    r139,
    r140,
    r141,
    r142,
    r143,
    r144,
    r145,
    r146,
    r147,
    r148,
    r149,
    r150,
    r151,
    r152,
    r153,
    r154,
    r155,
    r156,
    r157,
    r158,
    r159,
    r160,
    r161,
    r162,
    r163,
    r164,
    r165,
    r166,
    r167,
    r168,
    r169,
    r170,
    r171,
    r172,
    r173,
    r174,
    r175,
    r176,
    r177,
    r178,
    r179,
    r180,
    r181,
    r182,
    r183,
    r184,
    r185,
    r186,
    r187,
    r188,
    r189,
    r190,
    r191,
    r192,
    r193,
    r194,
    r195,
    r196,
    r197,
    r198,
    r199,
    r200,
    r201,
    r202,
    r203,
    r204,
    r205,
    r206,
    r207,
    r208,
    r209,
    r210,
    r211,
    r212,
    r213,
    r214,
    r215,
    r216,
    r217,
    r218,
    r219,
    r220,
    r221,
    r222,
    r223,
    r224,
    r225,
    r226,
    r227,
    r228,
    r229,
    r230,
    r231,
    r232,
    r233,
    r234,
];
/** The folder each rule lives in, for the registry meta-test. */
export const RULE_FILES = {
    'cloudtrail_cloudwatch_logging_enabled': 'cloudtrail',
    'cloudtrail_kms_encryption_enabled': 'cloudtrail',
    'cloudtrail_log_file_validation_enabled': 'cloudtrail',
    'cloudtrail_multi_region_enabled': 'cloudtrail',
    'cloudwatch_alarm_action_for_alarm_state': 'cloudwatch',
    'cloudwatch_alarm_actions_enabled': 'cloudwatch',
    'cloudwatch_alarm_notification_topic_has_subscribers': 'cloudwatch',
    'cloudwatch_cross_account_sharing_role_trusts_trusted_accounts': 'cloudwatch',
    'cloudwatch_log_metric_filter_authentication_failures': 'cloudwatch',
    'cloudwatch_log_metric_filter_aws_config_changes': 'cloudwatch',
    'cloudwatch_log_metric_filter_aws_organizations_changes': 'cloudwatch',
    'cloudwatch_log_metric_filter_cloudtrail_configuration_changes': 'cloudwatch',
    'cloudwatch_log_metric_filter_disable_or_scheduled_deletion_of_kms_cmk': 'cloudwatch',
    'cloudwatch_log_metric_filter_network_acl_changes': 'cloudwatch',
    'cloudwatch_log_metric_filter_network_gateway_changes': 'cloudwatch',
    'cloudwatch_log_metric_filter_policy_changes': 'cloudwatch',
    'cloudwatch_log_metric_filter_root_usage': 'cloudwatch',
    'cloudwatch_log_metric_filter_route_table_changes': 'cloudwatch',
    'cloudwatch_log_metric_filter_s3_bucket_policy_changes': 'cloudwatch',
    'cloudwatch_log_metric_filter_security_group_changes': 'cloudwatch',
    'cloudwatch_log_metric_filter_sign_in_without_mfa': 'cloudwatch',
    'cloudwatch_log_metric_filter_unauthorized_api_calls': 'cloudwatch',
    'cloudwatch_log_metric_filter_vpc_changes': 'cloudwatch',
    'cloudwatch_vpc_flow_log_group_has_metric_alarm': 'cloudwatch',
    'config_aggregation_authorization_to_trusted_accounts': 'config',
    'config_aggregator_covers_all_regions': 'config',
    'config_conformance_pack_compliant': 'config',
    'config_conformance_pack_deployed': 'config',
    'config_delivery_channel_bucket_blocks_public_access': 'config',
    'config_delivery_channel_bucket_encrypted_with_kms': 'config',
    'config_delivery_channel_configured': 'config',
    'config_delivery_channel_delivery_not_failing': 'config',
    'config_delivery_channel_sns_notifications_configured': 'config',
    'config_delivery_channel_topic_encrypted': 'config',
    'config_recorder_enabled_all_regions': 'config',
    'config_recorder_enabled_in_region': 'config',
    'config_recorder_last_status_not_failed': 'config',
    'config_recorder_recording_frequency_continuous': 'config',
    'config_recorder_records_all_resource_types': 'config',
    'config_recorder_records_global_resource_types': 'config',
    'config_recorder_role_confused_deputy_prevention': 'config',
    'config_recorder_uses_service_linked_role': 'config',
    'config_retention_period_at_least_min_days': 'config',
    'config_rule_compliant': 'config',
    'dlc_endpoint_config_no_elastic_inference': 'dlc',
    'dlc_host_imds_protected': 'dlc',
    'dlc_huggingface_image_latest_transformers': 'dlc',
    'dlc_image_build_recent': 'dlc',
    'dlc_image_end_of_patch_not_near': 'dlc',
    'dlc_image_family_not_retired': 'dlc',
    'dlc_image_line_fully_patchable': 'dlc',
    'dlc_image_pinned_by_digest': 'dlc',
    'dlc_image_registry_same_region': 'dlc',
    'dlc_image_registry_trusted': 'dlc',
    'dlc_image_scan_coverage': 'dlc',
    'dlc_image_within_end_of_patch': 'dlc',
    'dlc_llm_image_latest_release': 'dlc',
    'dlc_training_multi_node_encrypted': 'dlc',
    'ec2_account_imds_default_requires_imdsv2': 'ec2',
    'ec2_ebs_encryption_by_default': 'ec2',
    'ec2_instance_ami_not_outdated': 'ec2',
    'ec2_instance_imdsv2_required': 'ec2',
    'ec2_instance_managed_by_ssm': 'ec2',
    'ec2_instance_no_high_severity_inspector_findings': 'ec2',
    'ec2_instance_no_public_ip': 'ec2',
    'ec2_instance_profile_role_least_privilege': 'ec2',
    'ec2_instance_user_data_no_secrets': 'ec2',
    'ec2_launch_template_imdsv2_required': 'ec2',
    'ec2_launch_template_user_data_no_secrets': 'ec2',
    'ecr_pull_through_cache_upstream_trusted': 'ecr',
    'ecr_registry_enhanced_scanning_enabled': 'ecr',
    'ecr_repository_encrypted_with_kms': 'ecr',
    'ecr_repository_latest_image_no_high_severity_findings': 'ecr',
    'ecr_repository_lifecycle_policy_configured': 'ecr',
    'ecr_repository_policy_cross_account_trusted': 'ecr',
    'ecr_repository_policy_not_public': 'ecr',
    'ecr_repository_policy_service_grants_bound': 'ecr',
    'ecr_repository_scan_on_push_enabled': 'ecr',
    'ecr_repository_tag_immutability_enabled': 'ecr',
    'ecs_cluster_container_insights_enabled': 'ecs',
    'ecs_cluster_exec_logging_enabled': 'ecs',
    'ecs_cluster_exec_session_encrypted_with_kms': 'ecs',
    'ecs_service_deployment_circuit_breaker_enabled': 'ecs',
    'ecs_service_fargate_latest_platform_version': 'ecs',
    'ecs_service_multiple_tasks': 'ecs',
    'ecs_service_no_public_ip': 'ecs',
    'ecs_service_vpc_endpoints_for_ecr_and_s3': 'ecs',
    'ecs_task_definition_awsvpc_network_mode': 'ecs',
    'ecs_task_definition_efs_transit_encryption': 'ecs',
    'ecs_task_definition_host_network_mode_non_root': 'ecs',
    'ecs_task_definition_logging_configured': 'ecs',
    'ecs_task_definition_memory_hard_limit': 'ecs',
    'ecs_task_definition_no_dangerous_capabilities': 'ecs',
    'ecs_task_definition_no_environment_secrets': 'ecs',
    'ecs_task_definition_no_host_pid_mode': 'ecs',
    'ecs_task_definition_no_privileged_containers': 'ecs',
    'ecs_task_definition_non_root_user': 'ecs',
    'ecs_task_definition_readonly_root_filesystem': 'ecs',
    'ecs_task_definition_task_role_differs_from_execution_role': 'ecs',
    'eks_cluster_audit_logging_enabled': 'eks',
    'eks_cluster_control_plane_logging_all_types': 'eks',
    'eks_cluster_deletion_protection_enabled': 'eks',
    'eks_cluster_endpoint_not_publicly_accessible': 'eks',
    'eks_cluster_not_in_default_vpc': 'eks',
    'eks_cluster_private_endpoint_enabled': 'eks',
    'eks_cluster_secrets_encrypted_with_kms': 'eks',
    'eks_cluster_security_groups_allow_only_https': 'eks',
    'eks_cluster_supported_version': 'eks',
    'eks_nodegroup_ami_type_supported': 'eks',
    'eks_nodegroup_multiple_availability_zones': 'eks',
    'eks_nodegroup_multiple_nodes': 'eks',
    'eks_nodegroup_ssh_restricted': 'eks',
    'iam_policy_no_administrative_privileges': 'iam',
    'iam_policy_no_pass_role_on_all_resources': 'iam',
    'iam_role_cross_account_trust_to_trusted_accounts': 'iam',
    'iam_role_cross_service_confused_deputy_prevention': 'iam',
    'iam_role_inline_policy_no_administrative_privileges': 'iam',
    'iam_role_no_administrator_access_policy': 'iam',
    'iam_role_trust_policy_not_public': 'iam',
    'kms_key_not_pending_deletion': 'kms',
    'kms_key_policy_not_public': 'kms',
    'kms_key_policy_service_grants_bound': 'kms',
    'kms_key_rotation_enabled': 'kms',
    'logs_cloudtrail_log_group_retention_at_least_min_days': 'logs',
    'logs_delivery_destination_shared_only_with_trusted_accounts': 'logs',
    'logs_destination_shared_only_with_trusted_accounts': 'logs',
    'logs_log_group_data_protection_policy_enabled': 'logs',
    'logs_log_group_encrypted_with_kms': 'logs',
    'logs_log_group_kms_key_usable': 'logs',
    'logs_log_group_retention_at_least_min_days': 'logs',
    'logs_resource_policy_cross_account_to_trusted_accounts': 'logs',
    'logs_resource_policy_not_public': 'logs',
    'logs_resource_policy_service_grants_bound': 'logs',
    'resource_groups_group_has_members': 'resource-groups',
    'resource_groups_group_name_description_no_secrets': 'resource-groups',
    'resource_groups_group_required_tags': 'resource-groups',
    'resource_groups_group_tags_no_personal_data': 'resource-groups',
    'resource_groups_group_tags_no_secrets': 'resource-groups',
    'resource_groups_policy_no_group_changes_on_all_groups': 'resource-groups',
    'resource_groups_resource_explorer_aggregator_index_exists': 'resource-groups',
    'resource_groups_resource_explorer_index_exists': 'resource-groups',
    'resource_groups_tag_keys_consistent_case': 'resource-groups',
    'resource_groups_tagged_resource_name_no_secrets': 'resource-groups',
    'resource_groups_tagged_resource_required_tags': 'resource-groups',
    'resource_groups_tagged_resource_required_tags_by_type': 'resource-groups',
    'resource_groups_tagged_resource_tags_no_personal_data': 'resource-groups',
    'resource_groups_tagged_resource_tags_no_secrets': 'resource-groups',
    's3_bucket_default_encryption': 's3',
    's3_bucket_policy_not_public': 's3',
    's3_bucket_policy_service_grants_bound': 's3',
    's3_bucket_public_access_block_enabled': 's3',
    's3_bucket_secure_transport_policy': 's3',
    'sagemaker_domain_encrypted_with_kms': 'sagemaker',
    'sagemaker_domain_no_direct_internet_access': 'sagemaker',
    'sagemaker_domain_sso_auth_mode': 'sagemaker',
    'sagemaker_endpoint_config_data_capture_enabled': 'sagemaker',
    'sagemaker_endpoint_config_encrypted_with_kms': 'sagemaker',
    'sagemaker_endpoint_config_variants_multiple_instances': 'sagemaker',
    'sagemaker_endpoint_model_monitor_scheduled': 'sagemaker',
    'sagemaker_execution_role_no_full_access': 'sagemaker',
    'sagemaker_model_environment_no_secrets': 'sagemaker',
    'sagemaker_model_in_vpc': 'sagemaker',
    'sagemaker_model_network_isolation_enabled': 'sagemaker',
    'sagemaker_monitoring_job_encrypted_with_kms': 'sagemaker',
    'sagemaker_monitoring_job_inter_container_encryption': 'sagemaker',
    'sagemaker_monitoring_job_network_isolation_enabled': 'sagemaker',
    'sagemaker_notebook_encrypted_with_kms': 'sagemaker',
    'sagemaker_notebook_imdsv2_required': 'sagemaker',
    'sagemaker_notebook_in_vpc': 'sagemaker',
    'sagemaker_notebook_lifecycle_config_no_secrets': 'sagemaker',
    'sagemaker_notebook_no_direct_internet_access': 'sagemaker',
    'sagemaker_notebook_platform_supported': 'sagemaker',
    'sagemaker_notebook_root_access_disabled': 'sagemaker',
    'sagemaker_training_job_encrypted_with_kms': 'sagemaker',
    'sagemaker_training_job_environment_no_secrets': 'sagemaker',
    'sagemaker_training_job_in_vpc': 'sagemaker',
    'sagemaker_training_job_inter_container_encryption': 'sagemaker',
    'sagemaker_training_job_network_isolation_enabled': 'sagemaker',
    'sagemaker_training_job_role_s3_scoped': 'sagemaker',
    'sns_topic_encrypted_with_kms': 'sns',
    'sns_topic_policy_not_public': 'sns',
    'sns_topic_policy_service_grants_bound': 'sns',
    'synthetics_canary_alarm_configured': 'synthetics',
    'synthetics_canary_artifacts_encrypted_with_kms': 'synthetics',
    'synthetics_canary_environment_no_secrets': 'synthetics',
    'synthetics_canary_execution_role_scoped_to_artifact_bucket': 'synthetics',
    'synthetics_canary_name_no_sensitive_info': 'synthetics',
    'synthetics_canary_running': 'synthetics',
    'synthetics_canary_runs_in_vpc': 'synthetics',
    'synthetics_canary_runtime_supported': 'synthetics',
    'synthetics_canary_vpc_endpoints_for_cloudwatch_and_s3': 'synthetics',
    'vpc_default_security_group_not_in_use': 'vpc',
    'vpc_default_security_group_restricts_all_traffic': 'vpc',
    'vpc_default_vpc_hosts_no_workloads': 'vpc',
    'vpc_elastic_ip_associated': 'vpc',
    'vpc_endpoint_for_config_in_workload_vpcs': 'vpc',
    'vpc_endpoint_for_ec2_in_workload_vpcs': 'vpc',
    'vpc_endpoint_for_ecr_api_in_workload_vpcs': 'vpc',
    'vpc_endpoint_for_ecr_dkr_in_workload_vpcs': 'vpc',
    'vpc_endpoint_for_logs_in_workload_vpcs': 'vpc',
    'vpc_endpoint_for_monitoring_in_workload_vpcs': 'vpc',
    'vpc_endpoint_for_s3_in_workload_vpcs': 'vpc',
    'vpc_endpoint_for_sagemaker_api_in_workload_vpcs': 'vpc',
    'vpc_endpoint_for_sagemaker_runtime_in_workload_vpcs': 'vpc',
    'vpc_endpoint_for_ssm_in_workload_vpcs': 'vpc',
    'vpc_endpoint_for_sts_in_workload_vpcs': 'vpc',
    'vpc_endpoint_for_synthetics_in_workload_vpcs': 'vpc',
    'vpc_endpoint_interface_multi_az': 'vpc',
    'vpc_endpoint_policy_not_full_access': 'vpc',
    'vpc_endpoint_private_dns_enabled': 'vpc',
    'vpc_endpoint_security_group_not_open_to_internet': 'vpc',
    'vpc_flow_logs_enabled': 'vpc',
    'vpc_nat_gateway_in_each_workload_az': 'vpc',
    'vpc_network_acl_ingress_from_internet_to_port_22': 'vpc',
    'vpc_network_acl_ingress_from_internet_to_port_3389': 'vpc',
    'vpc_network_acl_unused': 'vpc',
    'vpc_network_interface_internet_exposed_admin_ports': 'vpc',
    'vpc_network_interface_internet_exposed_all_ports': 'vpc',
    'vpc_network_interface_internet_exposed_database_ports': 'vpc',
    'vpc_network_interface_internet_exposed_high_risk_ports': 'vpc',
    'vpc_network_interface_peer_exposed_admin_ports': 'vpc',
    'vpc_peering_connection_trusted_accounts': 'vpc',
    'vpc_peering_routes_least_access': 'vpc',
    'vpc_policy_no_network_changes_on_all_resources': 'vpc',
    'vpc_security_group_ingress_from_internet_only_authorized_ports': 'vpc',
    'vpc_security_group_ingress_from_internet_to_all_ports': 'vpc',
    'vpc_security_group_ingress_from_internet_to_database_ports': 'vpc',
    'vpc_security_group_ingress_from_internet_to_high_risk_ports': 'vpc',
    'vpc_security_group_ingress_from_internet_to_port_22': 'vpc',
    'vpc_security_group_ingress_from_internet_to_port_3389': 'vpc',
    'vpc_security_group_ingress_from_internet_to_remote_access_ports': 'vpc',
    'vpc_security_group_unused': 'vpc',
    'vpc_subnet_no_auto_assign_public_ip': 'vpc',
    'vpc_subnets_in_multiple_azs': 'vpc',
    'vpc_transit_gateway_auto_accept_disabled': 'vpc',
};
