export function resourceRef(r) {
    return { type: r.type, id: r.id, arn: r.arn, name: r.name, account: r.account, region: r.region };
}
/** "name (id)" or just the id, for messages. */
export function named(r) {
    return r.name && r.name !== r.id ? `${r.name} (${r.id})` : r.id;
}
