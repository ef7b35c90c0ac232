import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'synthetics_canary_runtime_supported',
    title: 'Canary uses a runtime version that AWS has not deprecated',
    service: 'synthetics',
    topic: 'canary-security',
    severity: 'medium',
    resourceType: 'AWS::Synthetics::Canary',
    requires: ['synthetics.canaries'],
    description: 'Compares each canary\'s runtime version with the deprecation date AWS publishes for it through DescribeRuntimeVersions in the same Region, as of the scan date. A runtime past its deprecation date fails; one with a future date passes and says when it ends.',
    risk: 'Deprecated runtimes bundle old Node.js or Python, browser and library versions that no longer get security fixes, and AWS blocks creating or updating canaries on them, so the canary cannot be patched in place.',
    remediation: {
        text: 'In the CloudWatch console, open Synthetics Canaries, select the canary, choose Actions > Edit (or Upgrade runtime), pick the newest runtime of the same family, test the script, and save.',
        cli: 'aws synthetics update-canary --name <canary> --runtime-version <current-runtime>',
        cloudformation: 'RuntimeVersion: <current-runtime>',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries_Library.html',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Runtime_Support_Policy.html'],
    evaluate({ inventory, asOf }) {
        return inventory.all('AWS::Synthetics::Canary').map((c) => {
            const ref = resourceRef(c);
            const s = c.runtimeSupport;
            if (!s.ok)
                return error(ref, `Could not read the runtime versions AWS supports, so canary ${named(c)} (${c.runtimeVersion ?? 'unknown runtime'}) cannot be judged: ${s.error}`);
            if (!c.runtimeVersion)
                return error(ref, `Canary ${named(c)} reports no runtime version.`);
            if (s.value === null)
                return error(ref, `Runtime ${c.runtimeVersion} of canary ${named(c)} is not in the list AWS returns for this Region, so its support cannot be told.`);
            const until = s.value.deprecationDate;
            if (until && new Date(until) <= asOf)
                return fail(ref, `Canary ${named(c)} runs ${c.runtimeVersion}, deprecated since ${until.slice(0, 10)}.`, { runtimeVersion: c.runtimeVersion, deprecationDate: until });
            return pass(ref, `Canary ${named(c)} runs ${c.runtimeVersion}${until ? `, supported until ${until.slice(0, 10)}` : ', with no deprecation date set'}.`, { runtimeVersion: c.runtimeVersion, deprecationDate: until ?? null });
        });
    },
});
