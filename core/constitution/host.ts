/**
 * What a constitution's `ccf` global reaches outside the script: the KV tables and the node's
 * governance effects. The sandbox provides read-write tables over its state and the node effects; the
 * client side (validate-proposal, plan, apply) provides read-only tables built from what the governance
 * API lets a member read, and no node effects.
 *
 * Keys and values are raw bytes in CCF's encodings: ids and names as UTF-8, JSON values as UTF-8 JSON,
 * PEMs as UTF-8, and a single-value table's key as 8 zero bytes (`getSingletonKvKey()`).
 */

/** One KV table. `set`/`delete`/`clear` throw on a read-only table (naming it). */
export interface KvTable {
  get(key: Uint8Array): Uint8Array | undefined;
  has(key: Uint8Array): boolean;
  set(key: Uint8Array, value: Uint8Array | undefined): void;
  delete(key: Uint8Array): void;
  clear(): void;
  entries(): Iterable<[Uint8Array, Uint8Array]>;
  size(): number;
}

/** The node's native governance effects (`ccf.node.*`) a constitution's apply may call. */
export interface NodeEffects {
  triggerRecoverySharesRefresh(): void;
  triggerLedgerRekey(): void;
  /** PEMs, as the constitution passed them (CCF: `ccf.strToBuf(pem)`). */
  transitionServiceToOpen(previousIdentityPem: string | undefined, nextIdentityPem: string): void;
}

export interface ConstitutionHost {
  /** The table of that name, or throws an error naming it when this host does not serve it. */
  table(name: string): KvTable;
  /** Absent on the client side: `ccf.node.*` then throws naming the call. */
  node?: NodeEffects;
  /** `console.*` output of the script (dropped when absent). */
  log?(level: string, text: string): void;
}

/** The key of a single-value table (CCF's `getSingletonKvKey()`: `new ArrayBuffer(8)`). */
export const SINGLETON_KEY = new Uint8Array(8);

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: false });

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

export function jsonBytes(value: unknown): Uint8Array {
  return utf8(JSON.stringify(value));
}

export function fromJsonBytes(bytes: Uint8Array): unknown {
  return JSON.parse(fromUtf8(bytes));
}

/** A read-only table over fixed entries (keys compared as UTF-8/latin1 text of their bytes). */
export function readOnlyTable(name: string, entries: Iterable<[Uint8Array, Uint8Array]>): KvTable {
  const map = new Map<string, [Uint8Array, Uint8Array]>();
  for (const [k, v] of entries) map.set(Buffer.from(k).toString("latin1"), [k, v]);
  const refuse = (op: string): never => {
    throw new Error(`ccf.kv["${name}"].${op}: the table is read-only here`);
  };
  return {
    get: (key) => map.get(Buffer.from(key).toString("latin1"))?.[1],
    has: (key) => map.has(Buffer.from(key).toString("latin1")),
    set: () => refuse("set"),
    delete: () => refuse("delete"),
    clear: () => refuse("clear"),
    entries: () => map.values(),
    size: () => map.size,
  };
}
