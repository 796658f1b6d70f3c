/**
 * `startSandbox(...)`: a CCF-compatible governance service on loopback over TLS, for tests, the demo and
 * the `sandbox` CLI command.
 *
 * DIR layout (a temporary directory, removed at close, when `dir` is not given):
 *   service_cert.pem                  the service identity (pin it as the TLS CA)
 *   member<K>_cert.pem, member<K>_privk.pem (0600)
 *   member<K>_enc_pubk.pem, member<K>_enc_privk.pem (0600)   for recovery members
 *   state.json (0600)                 the whole governance state, written atomically after commits
 *   ledger.jsonl (0600)               the transaction history (Merkle leaves, signatures), append-only
 *
 * Starting again with the same DIR resumes the state (same service identity, members, proposals); the
 * member options are then ignored and the members are read back from DIR.
 *
 * Genesis as CCF starts a network (reference §13.2; sandbox/genesis.ts):
 * - every initial member is a recovery member unless `recoveryMembers` says fewer (CCF's own test
 *   sandbox gives its initial members encryption keys); the first `recoveryMembers` members get RSA-2048
 *   encryption keys (recovery participants);
 * - the recovery threshold is CCF's start-configuration default: 0 means "the number of recovery members"
 *   (doc/generated/config.rst, `command.start.service_configuration.recovery_threshold`);
 * - members start Accepted (they update and ack their state digest) unless `activate`;
 * - the service starts Open unless `open: false` (Opening, as before `transition_service_to_open`), and
 *   only in a state that proposal could have reached: at least one recovery member and no fewer than the
 *   threshold (InternalTablesAccess::open_service). Below that, the options are refused.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateEncryptionKeyPair, generateMemberIdentity, memberIdOf, type Curve } from "../core/identity/index.js";
import { InputError } from "../core/errors.js";
import { profileFor, type CcfVersion, type Profile } from "./profile.js";
import { SandboxService } from "./service.js";
import { loadState } from "./persistence.js";
import { baseState, checkGenesis, runGenesis, type GenesisMember } from "./genesis.js";
import { startNodeServer, type NodeServer } from "./server.js";
import { newApiRoutes } from "./routes/new-api.js";
import { classicApiRoutes } from "./routes/classic-api.js";
import { nodeApiRoutes } from "./routes/node-api.js";
import { controlRoutes } from "./routes/control-api.js";
import { receiptRoutes } from "./routes/receipt-api.js";
import { createOperations, type OperationsControl } from "./control-api.js";
import { ensureRunningPrimary } from "./cluster.js";
import { Constitution, ConstitutionError, loadEngine, type EngineLimits } from "../core/constitution/index.js";
import { configureConstitution, disposeConstitutions, releaseGlobals } from "./constitution/index.js";

/** A module that plugs into a service before it serves (hooks, routes, pipeline stages). */
export type SandboxExtension = (service: SandboxService, options: StartSandboxOptions) => void | Promise<void>;

/**
 * Extensions every sandbox installs (recovery, cluster, faults register themselves here).
 */
export const BUILTIN_EXTENSIONS: SandboxExtension[] = [];

export interface StartSandboxOptions {
  /** State directory; a temporary one (removed at close) when absent. */
  dir?: string;
  /** Port of node 0 (default: the port recorded in DIR, else ephemeral). */
  port?: number;
  /** Number of initial members (default 1). */
  members?: number;
  /**
   * How many of the initial members are recovery members (default: all of them). Raises `members` if
   * larger. 0 only with `open: false`: CCF cannot open a service without recovery members.
   */
  recoveryMembers?: number;
  ccfVersion?: CcfVersion;
  /** Number of nodes (listeners) sharing the state (default 1). */
  nodes?: number;
  /** Initial members start Active instead of Accepted. */
  activate?: boolean;
  /** Start Open (default true) or Opening. */
  open?: boolean;
  /** Recovery threshold at genesis; 0 or absent = the number of recovery members, as CCF's start config. */
  recoveryThreshold?: number;
  /** Curve of generated member identities (default secp384r1). */
  memberCurve?: Curve;
  /** Delay before the signature that commits a write (ms, default 10). */
  signatureIntervalMs?: number;
  /** Time limit per ballot evaluation (ms, default 1000). */
  ballotTimeoutMs?: number;
  /**
   * A custom constitution (JavaScript module text exporting validate, resolve and apply; CCF's files
   * concatenated in order) instead of the default one. Set at genesis; a resumed DIR must hold the same one.
   */
  constitution?: string;
  /** Engine limits for the constitution's calls (default CCF's: 1000 ms, 100 MiB heap, 1 MiB stack). */
  constitutionLimits?: Partial<EngineLimits>;
  /** Extra extensions for this sandbox (after BUILTIN_EXTENSIONS). */
  extensions?: SandboxExtension[];
}

export interface SandboxMember {
  name: string;
  memberId: string;
  certificatePem: string;
  privateKeyPem: string;
  certPath: string;
  keyPath: string;
  encryptionPrivateKeyPem?: string;
  encryptionPublicKeyPem?: string;
  encryptionPrivateKeyPath?: string;
  encryptionPublicKeyPath?: string;
}

export interface SandboxMetrics {
  requests: number;
  verifyCount: number;
  verifyMs: number;
  handleMs: number;
  /** Share of pipeline time spent verifying COSE signatures (0..1). */
  verifyShare: number;
}

export interface SandboxControl extends OperationsControl {
  /** The live service (replaced by `restart`). */
  readonly service: SandboxService;
  readonly servers: readonly NodeServer[];
  metrics(): SandboxMetrics;
  resetMetrics(): void;
  /** Commits (signature + durable write) everything written so far. */
  flush(): Promise<void>;
  /** Appends a signature now: a new state-digest root. Returns its txid. */
  emitSignature(): string;
  /** Stops every node and the service (state flushed), reloads DIR and serves again on the same ports. */
  restart(): Promise<void>;
  /** Stops / starts one node's listener (same port when restarted). */
  stopNode(index: number): Promise<void>;
  startNode(index: number): Promise<void>;
}

export interface Sandbox {
  readonly url: string;
  readonly urls: string[];
  readonly dir: string;
  readonly serviceCertificatePem: string;
  readonly members: SandboxMember[];
  readonly control: SandboxControl;
  readonly service: SandboxService;
  close(): Promise<void>;
}

function writeSecret(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
  chmodSync(path, 0o600);
}

function memberFiles(dir: string, k: number) {
  const name = `member${k}`;
  return {
    name,
    cert: join(dir, `${name}_cert.pem`),
    key: join(dir, `${name}_privk.pem`),
    encPub: join(dir, `${name}_enc_pubk.pem`),
    encPriv: join(dir, `${name}_enc_privk.pem`),
  };
}

/** Generates the initial member identities and writes their files into DIR. */
async function createMembers(dir: string, count: number, recovery: number, curve: Curve | undefined): Promise<SandboxMember[]> {
  const out: SandboxMember[] = [];
  for (let k = 0; k < count; k++) {
    const f = memberFiles(dir, k);
    const id = await generateMemberIdentity({ name: f.name, curve });
    writeFileSync(f.cert, id.certificatePem);
    writeSecret(f.key, id.privateKeyPem);
    const m: SandboxMember = { name: f.name, memberId: id.memberId, certificatePem: id.certificatePem, privateKeyPem: id.privateKeyPem, certPath: f.cert, keyPath: f.key };
    if (k < recovery) {
      const enc = await generateEncryptionKeyPair({ bits: 2048 });
      writeFileSync(f.encPub, enc.publicKeyPem);
      writeSecret(f.encPriv, enc.privateKeyPem);
      Object.assign(m, { encryptionPublicKeyPem: enc.publicKeyPem, encryptionPrivateKeyPem: enc.privateKeyPem, encryptionPublicKeyPath: f.encPub, encryptionPrivateKeyPath: f.encPriv });
    }
    out.push(m);
  }
  return out;
}

/** Reads back the member files of a resumed DIR. */
function readMembers(dir: string): SandboxMember[] {
  const out: SandboxMember[] = [];
  for (let k = 0; ; k++) {
    const f = memberFiles(dir, k);
    if (!existsSync(f.cert) || !existsSync(f.key)) break;
    const certificatePem = readFileSync(f.cert, "utf8");
    const m: SandboxMember = { name: f.name, memberId: memberIdOf(certificatePem), certificatePem, privateKeyPem: readFileSync(f.key, "utf8"), certPath: f.cert, keyPath: f.key };
    if (existsSync(f.encPub) && existsSync(f.encPriv)) {
      Object.assign(m, {
        encryptionPublicKeyPem: readFileSync(f.encPub, "utf8"),
        encryptionPrivateKeyPem: readFileSync(f.encPriv, "utf8"),
        encryptionPublicKeyPath: f.encPub,
        encryptionPrivateKeyPath: f.encPriv,
      });
    }
    out.push(m);
  }
  return out;
}

function checkCount(value: unknown, input: string, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new InputError(input, `must be a whole number from ${min} to ${max} (got ${String(value)})`);
  }
  return value;
}

/** A custom constitution must load and export validate, resolve and apply (as CCF needs them). */
function checkConstitution(source: unknown, ccfVersion: number, limits: Partial<EngineLimits> | undefined): void {
  if (typeof source !== "string" || source.trim() === "") throw new InputError("constitution", "must be the constitution's JavaScript text (a module exporting validate, resolve and apply)");
  let c: Constitution;
  try {
    c = new Constitution(source, { limits, globals: releaseGlobals(profileFor(ccfVersion)) });
  } catch (err) {
    const e = err as ConstitutionError;
    const where = e.script?.stack ? ` (${e.script.stack.trim().split("\n")[0]!.trim()})` : "";
    throw new InputError("constitution", `does not load: ${e.message}${where}`);
  }
  try {
    const missing = (["validate", "resolve", "apply"] as const).filter((f) => !c.exports(f));
    if (missing.length) throw new InputError("constitution", `does not export ${missing.map((f) => `function ${f}`).join(", ")}`);
  } finally {
    c.dispose();
  }
}

function installRoutes(service: SandboxService, profile: Profile): void {
  service.router.add(...nodeApiRoutes());
  service.router.add(...receiptRoutes());
  service.router.add(...newApiRoutes());
  if (profile.classic) service.router.add(...classicApiRoutes());
  service.router.add(...controlRoutes());
}

async function makeService(dir: string, options: StartSandboxOptions, state: import("./state.js").SandboxState): Promise<SandboxService> {
  const profile = profileFor(state.ccfVersion);
  const service = new SandboxService({
    dir,
    state,
    profile,
    signatureIntervalMs: options.signatureIntervalMs,
    ballotTimeoutMs: options.ballotTimeoutMs,
  });
  configureConstitution(service, { limits: options.constitutionLimits });
  installRoutes(service, profile);
  for (const ext of [...BUILTIN_EXTENSIONS, ...(options.extensions ?? [])]) await ext(service, options);
  return service;
}

async function listen(service: SandboxService, index: number, port: number | undefined): Promise<NodeServer> {
  const recorded = service.state.nodes[index]?.port;
  const wanted = port ?? recorded ?? 0;
  let server: NodeServer;
  try {
    server = await startNodeServer(service, index, { port: wanted });
  } catch (err) {
    if (port === undefined && wanted !== 0 && (err as NodeJS.ErrnoException).code === "EADDRINUSE") server = await startNodeServer(service, index, { port: 0 });
    else throw err;
  }
  const node = service.state.nodes[index]!;
  if (node.port !== server.port) {
    node.port = server.port; // listener metadata, not a transaction
    service.persistSoon();
  }
  return server;
}

export async function startSandbox(options: StartSandboxOptions = {}): Promise<Sandbox> {
  const ccfVersion = checkCount(options.ccfVersion ?? 6, "ccfVersion", 4, 7) as CcfVersion;
  const nodeCount = checkCount(options.nodes ?? 1, "nodes", 1, 16);
  const requestedMembers = checkCount(options.members ?? 1, "members", 0, 1000);
  const recoveryCount = checkCount(options.recoveryMembers ?? requestedMembers, "recoveryMembers", 0, 1000);
  const memberCount = Math.max(requestedMembers, recoveryCount);
  const recoveryThreshold = checkCount(options.recoveryThreshold ?? 0, "recoveryThreshold", 0, 1000) || recoveryCount;
  const open = options.open ?? true;
  if (options.port !== undefined) checkCount(options.port, "port", 0, 65535);

  await loadEngine();
  if (options.constitution !== undefined) checkConstitution(options.constitution, ccfVersion, options.constitutionLimits);

  const ownsDir = options.dir === undefined;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "ccf-sandbox-"));
  mkdirSync(dir, { recursive: true });

  let service: SandboxService;
  let members: SandboxMember[];
  // Faults, backup-write routing, recovery and the node/fault control routes (sandbox/control-api.ts),
  // installed into every service this sandbox creates (restart creates a new one).
  const operations = createOperations({
    service: () => service,
    servers: () => servers,
    stopNode: (i) => control.stopNode(i),
    startNode: (i) => control.startNode(i),
    restart: () => control.restart(),
  });
  const withOps: StartSandboxOptions = { ...options, extensions: [(s) => operations.install(s), ...(options.extensions ?? [])] };
  const existing = loadState(dir);
  if (!existing) checkGenesis(profileFor(ccfVersion), { recoveryCount, recoveryThreshold, open, activate: options.activate ?? false });
  if (existing) {
    if (options.constitution !== undefined && options.constitution !== existing.constitution) {
      throw new InputError("constitution", `${dir} holds a service with another constitution: change it with a set_constitution proposal, or start in a new directory`);
    }
    service = await makeService(dir, withOps, existing);
    members = readMembers(dir);
  } else {
    const profile = profileFor(ccfVersion);
    members = await createMembers(dir, memberCount, recoveryCount, options.memberCurve);
    const state = await baseState(profile, nodeCount);
    if (options.constitution !== undefined) state.constitution = options.constitution;
    service = await makeService(dir, withOps, state);
    const genesisMembers: GenesisMember[] = members.map((m) => ({ certificatePem: m.certificatePem, encryptionPublicKeyPem: m.encryptionPublicKeyPem }));
    runGenesis(
      service,
      {
        members: genesisMembers,
        activate: options.activate ?? false,
        open,
        recoveryThreshold,
      },
      (pem) => memberIdOf(pem),
    );
    service.persistNowSync();
  }
  writeFileSync(join(dir, "service_cert.pem"), service.state.service.certificatePem);

  const servers: NodeServer[] = [];
  for (let i = 0; i < service.state.nodes.length; i++) servers.push(await listen(service, i, i === 0 ? options.port : undefined));
  await service.flush();

  let closed = false;
  const control: SandboxControl = {
    ...operations.control,
    get service() {
      return service;
    },
    get servers() {
      return servers;
    },
    metrics() {
      const m = service.metrics;
      const verifyMs = Number(m.verifyNs) / 1e6;
      const handleMs = Number(m.handleNs) / 1e6;
      return { requests: m.requests, verifyCount: m.verifyCount, verifyMs, handleMs, verifyShare: handleMs > 0 ? verifyMs / handleMs : 0 };
    },
    resetMetrics() {
      Object.assign(service.metrics, { requests: 0, verifyNs: 0n, verifyCount: 0, handleNs: 0n });
    },
    flush: () => service.flush(),
    emitSignature: () => service.emitSignature(),
    async restart() {
      const ports = servers.map((s) => s.port);
      await Promise.all(servers.map((s) => s.close()));
      await service.close();
      disposeConstitutions(service);
      const state = loadState(dir);
      if (!state) throw new Error(`${dir}: no state to restart from`);
      service = await makeService(dir, withOps, state);
      for (let i = 0; i < servers.length; i++) servers[i] = await startNodeServer(service, i, { port: ports[i] });
      writeFileSync(join(dir, "service_cert.pem"), service.state.service.certificatePem);
    },
    async stopNode(index) {
      const s = servers[index];
      if (!s) throw new RangeError(`no node ${index}`);
      await s.close();
      // Stopping the primary elects the next running node (sandbox/cluster.ts).
      await ensureRunningPrimary(service, (i) => servers[i]?.server.listening === true);
    },
    async startNode(index) {
      const s = servers[index];
      if (!s) throw new RangeError(`no node ${index}`);
      if (s.server.listening) return;
      servers[index] = await startNodeServer(service, index, { port: s.port });
      // Without a running primary, an election happens once a majority of nodes runs again.
      await ensureRunningPrimary(service, (i) => servers[i]?.server.listening === true);
    },
  };

  return {
    get url() {
      return servers[0]!.url;
    },
    get urls() {
      return servers.map((s) => s.url);
    },
    dir,
    get serviceCertificatePem() {
      return service.state.service.certificatePem;
    },
    members,
    control,
    get service() {
      return service;
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(servers.map((s) => (s.server.listening ? s.close() : Promise.resolve())));
      await service.close();
      disposeConstitutions(service);
      if (ownsDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
