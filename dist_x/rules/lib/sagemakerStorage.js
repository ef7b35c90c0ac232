/**
 * SageMaker instance types with local NVMe instance storage. Their storage is encrypted by a
 * hardware module and AWS refuses a KMS key for it ("You can't request a KmsKeyId / VolumeKmsKeyId
 * when using an instance type with local storage"), so a missing key there is not a finding.
 * Families with a "d" after the generation (m5d, c5d, r5d, g4dn, p3dn, p4d, p4de, m6id...) carry
 * instance storage, as do the listed GPU and Trainium families.
 */
const LOCAL_STORAGE_FAMILIES = new Set(['g5', 'g6', 'g6e', 'gr6', 'p5', 'p5e', 'p5en', 'p6', 'trn1', 'trn1n', 'trn2', 'i3', 'i4i']);
export function hasLocalInstanceStorage(instanceType) {
    const family = /^ml\.([a-z0-9-]+)\./.exec(instanceType ?? '')?.[1];
    if (!family)
        return false;
    return LOCAL_STORAGE_FAMILIES.has(family) || /^[a-z]+\d+[a-z]*d[a-z]*$/.test(family);
}
