import { NetworkAnalysis } from './reachability.js';
/** Every interface reachable from the internet (optionally on one port), with the proving paths. */
export function exposureReport(inventory, port) {
    const rows = [];
    for (const account of inventory.accounts) {
        const analysis = new NetworkAnalysis(inventory, account);
        for (const eni of analysis.model.interfaces) {
            const r = analysis.internetExposure(eni);
            const exposures = port === undefined ? r.exposures : r.exposures.filter((e) => (e.protocol === 'tcp' || e.protocol === 'udp') && e.fromPort <= port && port <= e.toPort);
            if (!exposures.length)
                continue;
            const instance = r.owner.type === 'AWS::EC2::Instance' ? analysis.model.instances.get(r.owner.id) : undefined;
            rows.push({ account, region: eni.region, networkInterface: eni.id, owner: { ...r.owner, name: instance?.name }, exposures });
        }
    }
    return rows.sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region) || a.networkInterface.localeCompare(b.networkInterface));
}
