import Table from 'cli-table3';
import { exposureReport } from '../analysis/network/report.js';
import { COLLECTORS_BY_ID } from '../collectors/index.js';
import { PostureError } from '../core/errors.js';
import { Inventory } from '../inventory/inventory.js';
import { safeText } from '../report/text.js';
import { NETWORK_COLLECTORS } from '../rules/lib/exposureRuleFactory.js';
import { EXIT } from '../scan/exitCode.js';
import { obtainInventory } from '../scan/runScan.js';
import { createProgress } from './progress.js';
/** `posture exposure`: workloads reachable from the internet, with the path that proves each. */
export async function runExposureCommand(flags) {
    const port = flags.port === undefined ? undefined : Number(flags.port);
    if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535))
        throw new PostureError(`--port ${flags.port}: expected a port number 0-65535`);
    const collectors = [...NETWORK_COLLECTORS, 'ec2.instances'].map((id) => COLLECTORS_BY_ID.get(id));
    const progress = createProgress({ enabled: !flags.quiet && Boolean(process.stderr.isTTY) });
    const { saved } = await obtainInventory({ inventoryFile: flags.inventory, regions: flags.region, profile: flags.profile, onUnitDone: progress.unit, onMessage: progress.message }, collectors);
    progress.done();
    const needed = new Set(NETWORK_COLLECTORS);
    const missing = saved.collections.filter((c) => needed.has(c.collector) && c.state !== 'ok');
    const rows = exposureReport(new Inventory(saved), port);
    if (flags.format === 'json') {
        process.stdout.write(JSON.stringify({ port: port ?? null, complete: missing.length === 0, missing, exposed: rows }, null, 2) + '\n');
    }
    else {
        const t = new Table({ head: ['Region', 'Workload', 'Interface', 'Reachable', 'Path'], style: { head: [], border: [] }, colWidths: [12, 34, 24, 30, 70], wordWrap: true });
        for (const r of rows)
            for (const e of r.exposures)
                t.push([
                    safeText(r.region),
                    safeText(`${r.owner.type.split('::').pop()} ${r.owner.name ? `${r.owner.name} ` : ''}${r.owner.id}`),
                    safeText(r.networkInterface),
                    safeText(`${e.protocol.toUpperCase()} ${e.fromPort === e.toPort ? e.fromPort : `${e.fromPort}-${e.toPort}`} from ${e.sources.slice(0, 2).join(', ')}${e.sources.length > 2 ? ', …' : ''}`),
                    safeText(`${e.path.gateway} → ${e.path.routeTable} (${e.path.route}) → ${e.path.networkAcl} in #${e.path.naclInboundRule} out #${e.path.naclOutboundRule} → ${e.path.securityGroup} (${e.path.securityGroupRule}) → ${e.path.destination}`),
                ]);
        process.stdout.write(rows.length ? `${t.toString()}\n${rows.length} exposed network interface(s)${port !== undefined ? ` on port ${port}` : ''}.\n` : `No network interface is reachable from the internet${port !== undefined ? ` on port ${port}` : ''}.\n`);
        if (missing.length)
            process.stdout.write(`Incomplete: ${missing.map((m) => `${safeText(m.region)}/${m.collector} ${m.state}`).join(', ')}; exposure there is unknown.\n`);
    }
    return missing.length ? EXIT.incomplete : EXIT.clean;
}
