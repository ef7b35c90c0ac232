/**
 * How ECR matches a registry scanning filter to a repository name (AWS: "Filters to choose which
 * repositories are scanned"): a filter without a wildcard matches every name that contains it;
 * with `*`, the wildcard stands for zero or more characters and the whole name must match.
 */
export function filterMatches(filter, repository) {
    if (!filter.includes('*'))
        return repository.includes(filter);
    const re = new RegExp(`^${filter.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    return re.test(repository);
}
/**
 * Whether images pushed to the repository are scanned. With ENHANCED scanning only the registry
 * rules count (repositories no filter matches are not scanned, whatever their own setting); with
 * BASIC, a scan-on-push rule matching the repository or the repository's own scanOnPush does.
 */
export function scanCoverage(repo, registry) {
    const scanType = registry?.scanType ?? 'BASIC';
    const frequencies = scanType === 'ENHANCED' ? ['SCAN_ON_PUSH', 'CONTINUOUS_SCAN'] : ['SCAN_ON_PUSH'];
    for (const rule of registry?.rules ?? []) {
        if (!frequencies.includes(rule.scanFrequency))
            continue;
        const filter = rule.filters.find((f) => filterMatches(f, repo.id));
        if (filter !== undefined)
            return { scanned: true, how: `${scanType.toLowerCase()} registry rule ${rule.scanFrequency} with filter "${filter}"` };
    }
    if (scanType === 'ENHANCED')
        return { scanned: false, how: `no enhanced scanning rule of the registry matches it${repo.scanOnPush ? ' (its own scan-on-push setting is ignored under enhanced scanning)' : ''}` };
    return repo.scanOnPush ? { scanned: true, how: 'its repository-level scan-on-push setting' } : { scanned: false, how: 'neither its own scan-on-push setting nor a basic registry scan-on-push rule covers it' };
}
