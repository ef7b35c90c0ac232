import { failed, ok } from '../../inventory/base.js';
/** A topic's access policy as a `Collected`: unreadable attributes make the policy unknown, not absent. */
export function topicPolicy(t) {
    if (!t.attributes.ok)
        return failed(t.attributes.error);
    if (t.attributes.value === null)
        return failed('the topic disappeared while it was read');
    return ok(t.attributes.value.policy ?? null);
}
