import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'ecs_cluster_exec_session_encrypted_with_kms',
    title: 'Cluster encrypts ECS Exec sessions with a KMS key',
    service: 'ecs',
    topic: 'data-protection',
    severity: 'low',
    resourceType: 'AWS::ECS::Cluster',
    requires: ['ecs.clusters'],
    description: 'The cluster\'s executeCommandConfiguration names a KMS key, which encrypts the ECS Exec data channel between the client and the container on top of TLS (Checkov CKV_AWS_224). Without a key, access to sessions is decided by ecs:ExecuteCommand alone.',
    risk: 'ECS Exec opens an interactive shell into running containers, where model weights, data and credentials live. A customer managed key adds a second control (kms:Decrypt) on who can open a session and records each use in CloudTrail.',
    remediation: {
        text: 'Create or choose a customer managed KMS key whose policy allows the users of ECS Exec (kms:Decrypt) and the task role (kms:Decrypt). In the Amazon ECS console, select the cluster, choose Update cluster, and under ECS Exec configuration choose the key.',
        cli: 'aws ecs update-cluster --cluster <cluster> --configuration \'executeCommandConfiguration={kmsKeyId=<key-arn>,logging=DEFAULT}\'',
        terraform: 'resource "aws_ecs_cluster" "x" { configuration { execute_command_configuration { kms_key_id = aws_kms_key.exec.arn } } }',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html',
    },
    references: ['Checkov CKV_AWS_224'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::ECS::Cluster', (c) => c.executeCommandKmsKeyId
            ? pass(resourceRef(c), `Cluster ${named(c)} encrypts ECS Exec sessions with ${c.executeCommandKmsKeyId}.`, { kmsKeyId: c.executeCommandKmsKeyId })
            : fail(resourceRef(c), `Cluster ${named(c)} has no KMS key for ECS Exec sessions.`));
    },
});
