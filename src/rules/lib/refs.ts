import type { ResourceRef } from '../../engine/defineRule.js';
import type { Resource } from '../../inventory/schema.js';

export function resourceRef(r: Resource): ResourceRef {
  return { type: r.type, id: r.id, arn: r.arn, name: r.name, account: r.account, region: r.region };
}

/** "name (id)" or just the id, for messages. */
export function named(r: Resource): string {
  return r.name && r.name !== r.id ? `${r.name} (${r.id})` : r.id;
}
