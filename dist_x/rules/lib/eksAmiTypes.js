/**
 * Managed node group AMI types whose EKS-optimized AMIs AWS no longer supports, with the date
 * support ended. Amazon EKS stopped publishing and patching the AL2 EKS-optimized and
 * AL2-accelerated AMIs on 2025-11-26 (EKS user guide "AMI deprecation FAQs";
 * awslabs/amazon-eks-ami#2545); AL2023 and Bottlerocket replace them.
 */
export const AMI_TYPE_END_OF_SUPPORT = {
    AL2_x86_64: '2025-11-26',
    AL2_x86_64_GPU: '2025-11-26',
    AL2_ARM_64: '2025-11-26',
};
