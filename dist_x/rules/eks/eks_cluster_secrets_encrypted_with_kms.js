import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'eks_cluster_secrets_encrypted_with_kms',
    title: 'Cluster encrypts Kubernetes secrets with a KMS key',
    service: 'eks',
    topic: 'data-protection',
    severity: 'medium',
    resourceType: 'AWS::EKS::Cluster',
    requires: ['eks.clusters'],
    description: 'The cluster has an encryptionConfig for the "secrets" resource with a KMS key, so Kubernetes secrets are envelope-encrypted in etcd with a key you control.',
    risk: 'Without envelope encryption, secrets in etcd are protected only by the default volume encryption; there is no key policy to limit who can decrypt them and no audit trail of decryption.',
    remediation: {
        text: 'In the Amazon EKS console, select the cluster, choose Overview > Secrets encryption > Enable, and pick a symmetric KMS key. This cannot be turned off later.',
        cli: 'aws eks associate-encryption-config --cluster-name <cluster> --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"<key-arn>"}}]\'',
        terraform: 'resource "aws_eks_cluster" "x" { encryption_config { resources = ["secrets"] provider { key_arn = "<key-arn>" } } }',
        url: 'https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html',
    },
    references: ['AWS FSBP EKS.3'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::EKS::Cluster', (c) => c.secretsEncryptionKeyArns.length
            ? pass(resourceRef(c), `Cluster ${named(c)} encrypts secrets with ${c.secretsEncryptionKeyArns.join(', ')}.`)
            : fail(resourceRef(c), `Cluster ${named(c)} does not envelope-encrypt Kubernetes secrets with a KMS key.`));
    },
});
