/**
 * `ccf.kv` in the sandbox: the governance tables a constitution reads and writes, mapped onto the draft
 * state of the write transaction (or the current state, read-only, for `validate`), with CCF's key and
 * value encodings (ids as UTF-8, JSON values, PEMs as UTF-8, singleton tables at 8 zero bytes).
 *
 *   public:ccf.gov.members.info                 rw  {status, member_data, recovery_role?}
 *   public:ccf.gov.members.certs                rw  PEM
 *   public:ccf.gov.members.encryption_public_keys rw PEM
 *   public:ccf.gov.members.acks                 rw  {state_digest?}
 *   public:ccf.gov.service.info                 ro  {cert, status, recovery_count, service_data, ...}
 *   public:ccf.gov.service.config               rw  {recovery_threshold, recent_cose_proposals_window_size, ...}
 *   public:ccf.gov.constitution                 rw  JSON string (set: the next call runs the new text)
 *   public:ccf.gov.proposals                    ro  raw proposal bytes
 *   public:ccf.gov.proposals_info               rw  {proposer_id, state, ballots, ...} (set: state only)
 *   public:ccf.gov.nodes.info                   ro  {cert, status, node_data, retired_committed, quote_info}
 *   public:ccf.internal.signatures              ro  {root} of the latest signature
 *   public:ccf.gov.history                      —   (no entries; delete is a no-op)
 *   public:<anything not under ccf.>            rw  a plain table kept in the state (custom constitutions)
 *
 * Any other `public:ccf.*` table, and every private table, throws naming it.
 */
import { SINGLETON_KEY, fromJsonBytes, fromUtf8, jsonBytes, utf8, type KvTable } from "../../core/constitution/index.js";
import type { MemberRecord, SandboxState } from "../state.js";

type Entries = Iterable<[Uint8Array, Uint8Array]>;

interface TableDef {
  get(state: SandboxState, key: string): Uint8Array | undefined;
  entries(state: SandboxState): Entries;
  set?(state: SandboxState, key: string, value: Uint8Array | undefined): void;
  delete?(state: SandboxState, key: string): void;
}

const has = <T>(map: Record<string, T>, key: string): boolean => Object.prototype.hasOwnProperty.call(map, key);

function memberInfo(m: MemberRecord): Record<string, unknown> {
  const info: Record<string, unknown> = { status: m.status, member_data: m.memberData ?? null };
  if (m.recoveryRole !== undefined) info.recovery_role = m.recoveryRole;
  return info;
}

function* mapEntries<T>(map: Record<string, T>, encode: (v: T, k: string) => Uint8Array | undefined): Entries {
  for (const [k, v] of Object.entries(map)) {
    const value = encode(v, k);
    if (value !== undefined) yield [utf8(k), value];
  }
}

function singleton(value: (state: SandboxState) => unknown): Pick<TableDef, "get" | "entries"> {
  return {
    get: (state) => jsonBytes(value(state)),
    entries: (state) => [[SINGLETON_KEY, jsonBytes(value(state))]],
  };
}

/** A member record for `id`, created (Accepted, no data) if the constitution writes a new id's cert first. */
function memberFor(state: SandboxState, id: string): MemberRecord {
  if (!has(state.members, id)) state.members[id] = { certificatePem: "", status: "Accepted", memberData: null };
  return state.members[id]!;
}

function removeMember(state: SandboxState, id: string): void {
  delete state.members[id];
  delete state.recovery.encryptedShares[id];
}

function serviceInfo(state: SandboxState): Record<string, unknown> {
  const s = state.service;
  const info: Record<string, unknown> = { cert: s.certificatePem, status: s.status, recovery_count: s.recoveryCount, service_data: s.serviceData ?? null };
  if (s.creationTransactionId !== undefined) info.current_service_create_txid = s.creationTransactionId;
  if (s.previousServiceCreationTransactionId !== undefined) info.previous_service_identity_version = s.previousServiceCreationTransactionId;
  return info;
}

function serviceConfig(state: SandboxState): Record<string, unknown> {
  const c = state.service.config;
  return {
    recovery_threshold: c.recoveryThreshold,
    maximum_node_certificate_validity_days: c.maximumNodeCertificateValidityDays,
    maximum_service_certificate_validity_days: c.maximumServiceCertificateValidityDays,
    recent_cose_proposals_window_size: c.recentCoseProposalsWindowSize,
  };
}

function proposalInfo(state: SandboxState, id: string): Record<string, unknown> | undefined {
  const p = has(state.proposals, id) ? state.proposals[id]! : undefined;
  if (!p) return undefined;
  const info: Record<string, unknown> = { proposer_id: p.proposerId, state: p.state, ballots: p.ballots };
  if (p.finalVotes) info.final_votes = p.finalVotes;
  if (p.voteFailures) info.vote_failures = p.voteFailures;
  if (p.failure) info.failure = p.failure;
  return info;
}

export interface SandboxKvOptions {
  /** `recovery_role` is stored (CCF 6.x+). */
  recoveryRole: boolean;
}

function tables(options: SandboxKvOptions): Record<string, TableDef> {
  return {
    "public:ccf.gov.members.info": {
      get: (s, k) => (has(s.members, k) ? jsonBytes(memberInfo(s.members[k]!)) : undefined),
      entries: (s) => mapEntries(s.members, (m) => jsonBytes(memberInfo(m))),
      set(s, k, value) {
        const info = (value === undefined ? {} : fromJsonBytes(value)) as Record<string, unknown>;
        const m = memberFor(s, k);
        m.status = info.status === "Active" ? "Active" : "Accepted";
        m.memberData = info.member_data === undefined ? null : info.member_data;
        if (options.recoveryRole && typeof info.recovery_role === "string") m.recoveryRole = info.recovery_role as MemberRecord["recoveryRole"];
        else delete m.recoveryRole;
      },
      delete: (s, k) => removeMember(s, k),
    },
    "public:ccf.gov.members.certs": {
      get: (s, k) => (has(s.members, k) ? utf8(s.members[k]!.certificatePem) : undefined),
      entries: (s) => mapEntries(s.members, (m) => utf8(m.certificatePem)),
      set: (s, k, value) => void (memberFor(s, k).certificatePem = value === undefined ? "" : fromUtf8(value)),
      delete: (s, k) => removeMember(s, k),
    },
    "public:ccf.gov.members.encryption_public_keys": {
      get: (s, k) => {
        const pem = has(s.members, k) ? s.members[k]!.encryptionPublicKeyPem : undefined;
        return pem === undefined ? undefined : utf8(pem);
      },
      entries: (s) => mapEntries(s.members, (m) => (m.encryptionPublicKeyPem === undefined ? undefined : utf8(m.encryptionPublicKeyPem))),
      set: (s, k, value) => void (memberFor(s, k).encryptionPublicKeyPem = value === undefined ? "" : fromUtf8(value)),
      delete: (s, k) => {
        if (has(s.members, k)) delete s.members[k]!.encryptionPublicKeyPem;
      },
    },
    "public:ccf.gov.members.acks": {
      get: (s, k) => (has(s.acks, k) ? jsonBytes(s.acks[k]!.stateDigest === undefined ? {} : { state_digest: s.acks[k]!.stateDigest }) : undefined),
      entries: (s) => mapEntries(s.acks, (a) => jsonBytes(a.stateDigest === undefined ? {} : { state_digest: a.stateDigest })),
      set(s, k, value) {
        const ack = (value === undefined || value.length === 0 ? {} : fromJsonBytes(value)) as { state_digest?: unknown };
        s.acks[k] = typeof ack.state_digest === "string" ? { stateDigest: ack.state_digest } : {};
      },
      delete: (s, k) => void delete s.acks[k],
    },
    "public:ccf.gov.service.info": singleton(serviceInfo),
    "public:ccf.gov.service.config": {
      ...singleton(serviceConfig),
      set(s, _k, value) {
        const c = (value === undefined ? {} : fromJsonBytes(value)) as Record<string, unknown>;
        const config = s.service.config;
        if (typeof c.recovery_threshold === "number") config.recoveryThreshold = c.recovery_threshold;
        if (typeof c.recent_cose_proposals_window_size === "number") config.recentCoseProposalsWindowSize = c.recent_cose_proposals_window_size;
        if (typeof c.maximum_node_certificate_validity_days === "number") config.maximumNodeCertificateValidityDays = c.maximum_node_certificate_validity_days;
        if (typeof c.maximum_service_certificate_validity_days === "number") config.maximumServiceCertificateValidityDays = c.maximum_service_certificate_validity_days;
      },
    },
    "public:ccf.gov.constitution": {
      ...singleton((s) => s.constitution),
      set(s, _k, value) {
        const text = value === undefined ? undefined : fromJsonBytes(value);
        if (typeof text !== "string") throw new Error('ccf.kv["public:ccf.gov.constitution"].set: the value must be a JSON string');
        s.constitution = text;
      },
    },
    "public:ccf.gov.proposals": {
      get: (s, k) => (has(s.proposals, k) ? new Uint8Array(Buffer.from(s.proposals[k]!.proposal, "base64")) : undefined),
      entries: (s) => mapEntries(s.proposals, (p) => new Uint8Array(Buffer.from(p.proposal, "base64"))),
    },
    "public:ccf.gov.proposals_info": {
      get: (s, k) => {
        const info = proposalInfo(s, k);
        return info === undefined ? undefined : jsonBytes(info);
      },
      entries: (s) => mapEntries(s.proposals, (_p, k) => jsonBytes(proposalInfo(s, k))),
      set(s, k, value) {
        const p = has(s.proposals, k) ? s.proposals[k]! : undefined;
        const info = (value === undefined ? {} : fromJsonBytes(value)) as { state?: unknown };
        if (!p) throw new Error(`ccf.kv["public:ccf.gov.proposals_info"].set: the sandbox only updates existing proposals (${k})`);
        const states = ["Open", "Accepted", "Withdrawn", "Rejected", "Failed", "Dropped"];
        if (typeof info.state === "string" && states.includes(info.state)) p.state = info.state as typeof p.state;
      },
    },
    "public:ccf.gov.nodes.info": {
      get: (s, k) => {
        const n = s.nodes.find((x) => x.nodeId === k);
        return n ? jsonBytes(nodeInfo(n)) : undefined;
      },
      entries: (s) => s.nodes.map((n) => [utf8(n.nodeId), jsonBytes(nodeInfo(n))] as [Uint8Array, Uint8Array]),
    },
    "public:ccf.internal.signatures": {
      get: (s) => (s.ledger.root === "" ? undefined : jsonBytes({ root: s.ledger.root, seqno: s.ledger.lastSignatureSeqno, view: s.ledger.view })),
      entries: (s) => (s.ledger.root === "" ? [] : [[SINGLETON_KEY, jsonBytes({ root: s.ledger.root, seqno: s.ledger.lastSignatureSeqno, view: s.ledger.view })]]),
    },
    "public:ccf.gov.history": {
      get: () => undefined,
      entries: () => [],
      set: () => undefined,
      delete: () => undefined,
    },
  };
}

function nodeInfo(n: SandboxState["nodes"][number]): Record<string, unknown> {
  return { cert: n.certificatePem, status: n.status, node_data: n.nodeData ?? null, retired_committed: n.retiredCommitted, quote_info: { format: "Insecure_Virtual" } };
}

/** Plain tables of custom constitutions: state.kv[table][hex key] = base64 value. */
function customTable(state: () => SandboxState, name: string, writable: boolean): KvTable {
  const store = (create: boolean): Record<string, string> | undefined => {
    const s = state() as SandboxState & { kv?: Record<string, Record<string, string>> };
    if (!s.kv) {
      if (!create) return undefined;
      s.kv = {};
    }
    if (!s.kv[name] && create) s.kv[name] = {};
    return s.kv[name];
  };
  const hex = (key: Uint8Array) => Buffer.from(key).toString("hex");
  const refuse = (op: string): never => {
    throw new Error(`ccf.kv["${name}"].${op}: the table is read-only during validate()`);
  };
  return {
    get: (key) => {
      const v = store(false)?.[hex(key)];
      return v === undefined ? undefined : new Uint8Array(Buffer.from(v, "base64"));
    },
    has: (key) => store(false)?.[hex(key)] !== undefined,
    set: (key, value) => {
      if (!writable) refuse("set");
      store(true)![hex(key)] = Buffer.from(value ?? new Uint8Array()).toString("base64");
    },
    delete: (key) => {
      if (!writable) refuse("delete");
      const t = store(false);
      if (t) delete t[hex(key)];
    },
    clear: () => {
      if (!writable) refuse("clear");
      const s = state() as SandboxState & { kv?: Record<string, Record<string, string>> };
      if (s.kv) delete s.kv[name];
    },
    entries: () => Object.entries(store(false) ?? {}).map(([k, v]) => [new Uint8Array(Buffer.from(k, "hex")), new Uint8Array(Buffer.from(v, "base64"))] as [Uint8Array, Uint8Array]),
    size: () => Object.keys(store(false) ?? {}).length,
  };
}

/**
 * The `table(name)` of a constitution host over `state()`. `writable: false` (validate, resolve) makes
 * every write throw naming the table.
 */
export function sandboxTables(state: () => SandboxState, options: SandboxKvOptions & { writable: boolean }): (name: string) => KvTable {
  const defs = tables(options);
  const cache = new Map<string, KvTable>();
  return (name) => {
    let table = cache.get(name);
    if (table) return table;
    const def = has(defs, name) ? defs[name]! : undefined;
    if (def) table = wrap(name, def, state, options.writable);
    else if (name.startsWith("public:") && !name.startsWith("public:ccf.")) table = customTable(state, name, options.writable);
    else throw new Error(`ccf.kv["${name}"] is not available in the ccf-consortium sandbox (it serves the member governance tables: ${Object.keys(defs).join(", ")}, and custom public: tables)`);
    cache.set(name, table);
    return table;
  };
}

function wrap(name: string, def: TableDef, state: () => SandboxState, writable: boolean): KvTable {
  const refuse = (op: string): never => {
    throw new Error(writable ? `ccf.kv["${name}"].${op} is not supported by the ccf-consortium sandbox` : `ccf.kv["${name}"].${op}: the table is read-only during ${"validate()/resolve()"}`);
  };
  const key = (k: Uint8Array) => fromUtf8(k);
  return {
    get: (k) => def.get(state(), key(k)),
    has: (k) => def.get(state(), key(k)) !== undefined,
    set: (k, v) => (writable && def.set ? def.set(state(), key(k), v) : refuse("set")),
    delete: (k) => (writable && def.delete ? def.delete(state(), key(k)) : refuse("delete")),
    clear: () => {
      if (!writable || !def.delete) refuse("clear");
      for (const [k] of [...def.entries(state())]) def.delete!(state(), key(k));
    },
    entries: () => def.entries(state()),
    size: () => [...def.entries(state())].length,
  };
}
