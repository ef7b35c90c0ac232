import { GLOBAL_REGION } from '../core/vocabulary.js';
/**
 * The collected state of one or more accounts: resources indexed by type, and the status of
 * every (account, region, collector) unit. Read-only once built.
 */
export class Inventory {
    data;
    byType = new Map();
    statusByUnit = new Map();
    constructor(data) {
        this.data = data;
        for (const r of data.resources) {
            let list = this.byType.get(r.type);
            if (!list)
                this.byType.set(r.type, (list = []));
            list.push(r);
        }
        for (const s of data.collections)
            this.statusByUnit.set(unitKey(s.account, s.region, s.collector), s);
    }
    get accounts() {
        return this.data.accounts;
    }
    get regions() {
        return this.data.regions;
    }
    all(type) {
        return (this.byType.get(type) ?? []);
    }
    /** The status of a unit, or undefined when it was never attempted (e.g. not selected). */
    status(account, region, collector) {
        return this.statusByUnit.get(unitKey(account, region, collector));
    }
    byScope = new Map();
    /** Resources of a type in one account and region, indexed on first use (rules ask per region). */
    scoped(type, account, region) {
        let index = this.byScope.get(type);
        if (!index) {
            index = new Map();
            for (const r of this.all(type)) {
                const key = `${r.account}\u0000${r.region}`;
                const list = index.get(key);
                if (list)
                    list.push(r);
                else
                    index.set(key, [r]);
            }
            this.byScope.set(type, index);
        }
        return (index.get(`${account}\u0000${region}`) ?? []);
    }
    byAccount = new Map();
    /** Resources of a type in one account, every region; indexed on first use like `scoped`. */
    inAccount(type, account) {
        let index = this.byAccount.get(type);
        if (!index) {
            index = new Map();
            for (const r of this.all(type)) {
                const list = index.get(r.account);
                if (list)
                    list.push(r);
                else
                    index.set(r.account, [r]);
            }
            this.byAccount.set(type, index);
        }
        return (index.get(account) ?? []);
    }
    derived = new Map();
    /** A value derived from the inventory, computed once per key (see InventoryView.memo). */
    memo(key, compute) {
        if (this.derived.has(key))
            return this.derived.get(key);
        const value = compute();
        this.derived.set(key, value);
        return value;
    }
    /** A view of one account, optionally narrowed to one region (global resources stay visible). */
    view(account, region) {
        return new InventoryView(this, account, region);
    }
}
export class InventoryView {
    inventory;
    account;
    region;
    constructor(inventory, account, region) {
        this.inventory = inventory;
        this.account = account;
        this.region = region;
    }
    all(type) {
        if (this.region === undefined)
            return this.inventory.inAccount(type, this.account);
        const here = this.inventory.scoped(type, this.account, this.region);
        if (this.region === GLOBAL_REGION)
            return here;
        const global = this.inventory.scoped(type, this.account, GLOBAL_REGION);
        // No copy when one side is empty: rules index the lists they get (see rules/lib/lookup.ts) by identity.
        if (!global.length)
            return here;
        return here.length ? [...here, ...global] : global;
    }
    /** Look across the whole account, whatever region this view is narrowed to. */
    accountWide(type) {
        return this.inventory.inAccount(type, this.account);
    }
    get regions() {
        return this.inventory.regions;
    }
    /**
     * Derived data several rules need (workloads by VPC, DLC workloads) is computed once per account,
     * region and key instead of once per rule. The value is shared: callers must not mutate it.
     */
    memo(key, compute) {
        return this.inventory.memo(`${this.account}\u0000${this.region ?? '*'}\u0000${key}`, compute);
    }
}
function unitKey(account, region, collector) {
    return `${account}\u0000${region}\u0000${collector}`;
}
