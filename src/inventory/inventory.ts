import { GLOBAL_REGION } from '../core/vocabulary.js';
import type { CollectionStatus, Resource, ResourceOf, ResourceType, SavedInventory } from './schema.js';

/**
 * The collected state of one or more accounts: resources indexed by type, and the status of
 * every (account, region, collector) unit. Read-only once built.
 */
export class Inventory {
  private readonly byType = new Map<string, Resource[]>();
  private readonly statusByUnit = new Map<string, CollectionStatus>();

  constructor(readonly data: SavedInventory) {
    for (const r of data.resources) {
      let list = this.byType.get(r.type);
      if (!list) this.byType.set(r.type, (list = []));
      list.push(r);
    }
    for (const s of data.collections) this.statusByUnit.set(unitKey(s.account, s.region, s.collector), s);
  }

  get accounts(): string[] {
    return this.data.accounts;
  }
  get regions(): string[] {
    return this.data.regions;
  }

  all<T extends ResourceType>(type: T): ResourceOf<T>[] {
    return (this.byType.get(type) ?? []) as ResourceOf<T>[];
  }

  /** The status of a unit, or undefined when it was never attempted (e.g. not selected). */
  status(account: string, region: string, collector: string): CollectionStatus | undefined {
    return this.statusByUnit.get(unitKey(account, region, collector));
  }

  private readonly byScope = new Map<string, Map<string, Map<string, Resource[]>>>();

  /** Resources of a type in one account and region, indexed on first use (rules ask per region). */
  scoped<T extends ResourceType>(type: T, account: string, region: string): ResourceOf<T>[] {
    let index = this.byScope.get(type);
    if (!index) {
      // Account, then region: no key string is built per resource (a million of them on a large estate).
      index = new Map();
      for (const r of this.all(type)) {
        let regions = index.get(r.account);
        if (!regions) index.set(r.account, (regions = new Map()));
        const list = regions.get(r.region);
        if (list) list.push(r);
        else regions.set(r.region, [r]);
      }
      this.byScope.set(type, index);
    }
    return (index.get(account)?.get(region) ?? []) as ResourceOf<T>[];
  }

  private readonly byAccount = new Map<string, Map<string, Resource[]>>();

  /** Resources of a type in one account, every region; indexed on first use like `scoped`. */
  inAccount<T extends ResourceType>(type: T, account: string): ResourceOf<T>[] {
    let index = this.byAccount.get(type);
    if (!index) {
      index = new Map();
      for (const r of this.all(type)) {
        const list = index.get(r.account);
        if (list) list.push(r);
        else index.set(r.account, [r]);
      }
      this.byAccount.set(type, index);
    }
    return (index.get(account) ?? []) as ResourceOf<T>[];
  }

  private readonly derived = new Map<string, unknown>();

  /** A value derived from the inventory, computed once per key (see InventoryView.memo). */
  memo<T>(key: string, compute: () => T): T {
    if (this.derived.has(key)) return this.derived.get(key) as T;
    const value = compute();
    this.derived.set(key, value);
    return value;
  }

  /** A view of one account, optionally narrowed to one region (global resources stay visible). */
  view(account: string, region?: string): InventoryView {
    return new InventoryView(this, account, region);
  }
}

export class InventoryView {
  constructor(
    private readonly inventory: Inventory,
    readonly account: string,
    readonly region?: string,
  ) {}

  all<T extends ResourceType>(type: T): ResourceOf<T>[] {
    if (this.region === undefined) return this.inventory.inAccount(type, this.account);
    const here = this.inventory.scoped(type, this.account, this.region);
    if (this.region === GLOBAL_REGION) return here;
    const global = this.inventory.scoped(type, this.account, GLOBAL_REGION);
    // No copy when one side is empty: rules index the lists they get (see rules/lib/lookup.ts) by identity.
    if (!global.length) return here;
    return here.length ? [...here, ...global] : global;
  }

  /** Look across the whole account, whatever region this view is narrowed to. */
  accountWide<T extends ResourceType>(type: T): ResourceOf<T>[] {
    return this.inventory.inAccount(type, this.account);
  }

  get regions(): string[] {
    return this.inventory.regions;
  }

  /**
   * Derived data several rules need (workloads by VPC, DLC workloads) is computed once per account,
   * region and key instead of once per rule. The value is shared: callers must not mutate it.
   */
  memo<T>(key: string, compute: () => T): T {
    return this.inventory.memo(`${this.account}\u0000${this.region ?? '*'}\u0000${key}`, compute);
  }
}

function unitKey(account: string, region: string, collector: string): string {
  return `${account}\u0000${region}\u0000${collector}`;
}
