/**
 * Several nodes over one shared governance state: one TLS listener per node (each with its own node
 * certificate issued by the service identity, SANs IP:127.0.0.1 and DNS:localhost), one primary.
 *
 * Writes (routes marked `write`) received by a backup go to the primary as the CCF release line does
 * (reference §2.8, §8 "Backup write handling"):
 *   - profiles 4 and 5 forward them transparently: the backup answers with the primary's response;
 *   - profiles 6 and 7 answer `307 Temporary Redirect` with `Location` = the primary's URL for the
 *     same path and query (clients follow it, preserving method and body).
 * Reads are served locally by whichever node receives them.
 *
 * Nodes can be stopped (listener closed: connections are refused) and started again on the same port.
 * Stopping the primary triggers an "election": the next running node (by index, wrapping) becomes
 * primary and the ledger moves to the next view (CCF view change); pending transactions are committed
 * first, so no acknowledged write is lost. A restarted former primary rejoins as a backup.
 */
import { createHash, generateKeyPairSync, createPublicKey, type KeyObject } from "node:crypto";
import type { TLSSocket } from "node:tls";
import { createCertificate } from "../core/identity/index.js";
import type { SandboxRequest, SandboxResponse } from "./http.js";
import { handleRequest, type PipelineContext, type PipelineOutcome } from "./pipeline.js";
import { startNodeServer, type NodeServer } from "./server.js";
import { isFaultsHook } from "./faults.js";
import type { SandboxService } from "./service.js";
import type { NodeRecord, SandboxState } from "./state.js";

/** Requests a backup handed to the primary in-process (fault hooks use this to act once, at the receiving node). */
const forwardedRequests = new WeakMap<SandboxRequest, number>();

export function isForwarded(req: SandboxRequest): boolean {
  return forwardedRequests.has(req);
}

/** The backup that received a forwarded request (undefined when the request was not forwarded). */
export function receivingNodeOf(req: SandboxRequest): number | undefined {
  return forwardedRequests.get(req);
}

/** CCF node id: lowercase hex SHA-256 of the node's public key (DER SubjectPublicKeyInfo). */
export function nodeIdOf(publicKey: KeyObject | string): string {
  const der = createPublicKey(publicKey).export({ type: "spki", format: "der" });
  return createHash("sha256").update(der).digest("hex");
}

export const NODE_SANS = { ip: ["127.0.0.1"], dns: ["localhost"] };

/** A node certificate ("CCF Node") for `privateKeyPem`, issued by the service identity. */
export async function issueNodeCertificate(
  nodePrivateKeyPem: string,
  service: { certificatePem: string; privateKeyPem: string },
  days = 365,
): Promise<string> {
  return createCertificate({
    subject: "CN=CCF Node",
    publicKey: nodePrivateKeyPem,
    issuer: { privateKey: service.privateKeyPem, certificatePem: service.certificatePem },
    days,
    sans: NODE_SANS,
  });
}

/** A new Trusted node: secp384r1 key, certificate endorsed by the service identity. */
export async function createNodeRecord(service: { certificatePem: string; privateKeyPem: string }, days = 365): Promise<NodeRecord> {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "secp384r1" });
  const privateKeyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  return {
    nodeId: nodeIdOf(privateKey),
    status: "Trusted",
    certificatePem: await issueNodeCertificate(privateKeyPem, service, days),
    privateKeyPem,
    nodeData: null,
    retiredCommitted: false,
  };
}

/** Member id of a valid TLS client certificate on the connection (classic cert auth), as server.ts computes it. */
function clientCertMemberIdOf(ctx: PipelineContext): string | undefined {
  const socket = ctx.raw?.req.socket as TLSSocket | undefined;
  if (!socket || typeof socket.getPeerCertificate !== "function") return undefined;
  const cert = socket.getPeerCertificate();
  if (!cert || !cert.raw) return undefined;
  const now = Date.now();
  if (now < Date.parse(cert.valid_from) || now > Date.parse(cert.valid_to)) return undefined;
  return createHash("sha256").update(cert.raw).digest("hex");
}

export interface ClusterOptions {
  host?: string;
  maxBodyBytes?: number;
}

export interface NodeView {
  index: number;
  nodeId: string;
  url: string;
  running: boolean;
  primary: boolean;
}

export class Cluster {
  readonly service: SandboxService;
  private readonly host: string;
  private readonly maxBodyBytes?: number;
  private readonly servers: (NodeServer | undefined)[] = [];
  private readonly lastUrls: string[] = [];
  private hookInstalled = false;
  private closed = false;

  constructor(service: SandboxService, options: ClusterOptions = {}) {
    this.service = service;
    this.host = options.host ?? "127.0.0.1";
    this.maxBodyBytes = options.maxBodyBytes;
  }

  get size(): number {
    return this.service.state.nodes.length;
  }

  get primaryIndex(): number {
    return this.service.state.primaryNodeIndex;
  }

  /** URL of each node (a stopped node keeps the URL it will come back on). */
  get urls(): string[] {
    return this.service.state.nodes.map((_, i) => this.servers[i]?.url ?? this.lastUrls[i] ?? "");
  }

  isRunning(index: number): boolean {
    return this.servers[index] !== undefined;
  }

  nodes(): NodeView[] {
    return this.service.state.nodes.map((n, i) => ({
      index: i,
      nodeId: n.nodeId,
      url: this.urls[i]!,
      running: this.isRunning(i),
      primary: i === this.primaryIndex,
    }));
  }

  /** Starts every node (the routing hook is installed once). `ports[i]` overrides a node's port. */
  async start(ports: (number | undefined)[] = []): Promise<void> {
    this.installHook();
    for (let i = 0; i < this.size; i++) {
      if (!this.isRunning(i)) await this.startNode(i, ports[i]);
    }
  }

  private installHook(): void {
    if (this.hookInstalled) return;
    this.hookInstalled = true;
    // Right after the fault hook (faults act at the node that receives the request), before the rest.
    const before = this.service.pipeline.before;
    const faultsAt = before.findIndex((h) => isFaultsHook(h));
    before.splice(faultsAt + 1, 0, (ctx) => this.routeToPrimary(ctx));
  }

  private async routeToPrimary(ctx: PipelineContext): Promise<PipelineOutcome> {
    if (!ctx.route?.write || ctx.route.api === "control") return undefined;
    const primary = this.primaryIndex;
    if (ctx.nodeIndex === primary || forwardedRequests.has(ctx.req)) return undefined;
    if (this.service.profile.backupWrites === "redirect") {
      const location = `${this.urls[primary]}${ctx.req.url}`;
      return { status: 307, headers: { location, "content-type": "text/plain" }, body: Buffer.alloc(0) } satisfies SandboxResponse;
    }
    // Forwarding (≤5.x): the primary executes the request, with the caller's TLS identity, and the
    // backup relays its answer (including a dropped connection).
    const forwarded: SandboxRequest = { ...ctx.req };
    forwardedRequests.set(forwarded, ctx.nodeIndex);
    return handleRequest(this.service, forwarded, {
      nodeIndex: primary,
      raw: ctx.raw,
      clientCertMemberId: clientCertMemberIdOf(ctx),
    });
  }

  /** Starts node `index` (on its previous port unless `port` is given). Idempotent. */
  async startNode(index: number, port?: number): Promise<string> {
    this.checkIndex(index);
    if (this.closed) throw new Error("The sandbox is closed");
    const existing = this.servers[index];
    if (existing) return existing.url;
    this.installHook();
    const record = this.service.state.nodes[index]!;
    const wanted = port ?? record.port ?? 0;
    let server: NodeServer;
    try {
      server = await startNodeServer(this.service, index, { host: this.host, port: wanted, maxBodyBytes: this.maxBodyBytes });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EADDRINUSE" || wanted === 0) throw err;
      // The old port was taken meanwhile: come back on a fresh one (the URL changes; see `urls`).
      server = await startNodeServer(this.service, index, { host: this.host, port: 0, maxBodyBytes: this.maxBodyBytes });
    }
    this.servers[index] = server;
    this.lastUrls[index] = server.url;
    if (record.port !== server.port) this.updateState((s) => void (s.nodes[index]!.port = server.port));
    return server.url;
  }

  /**
   * Stops node `index`: its listener closes and open connections are cut. Stopping the primary elects
   * the next running node (see the file comment). Idempotent.
   */
  async stopNode(index: number): Promise<void> {
    this.checkIndex(index);
    const server = this.servers[index];
    if (!server) return;
    this.servers[index] = undefined;
    await server.close();
    if (index === this.primaryIndex) await this.elect();
  }

  private async elect(): Promise<void> {
    const n = this.size;
    const current = this.primaryIndex;
    for (let step = 1; step < n; step++) {
      const candidate = (current + step) % n;
      if (!this.isRunning(candidate)) continue;
      await this.service.flush();
      this.updateState((s) => {
        s.primaryNodeIndex = candidate;
        s.ledger.viewHistory.push({ view: s.ledger.view, lastSeqno: s.ledger.seqno });
        s.ledger.view += 1;
      });
      this.service.emitSignature();
      return;
    }
    // No node left running: the primary stays as is until one starts.
  }

  /**
   * Re-reads every running node's key and certificate from the state and makes its listener present
   * them to new connections (after a disaster recovery issued node certificates under a new identity).
   */
  refreshCertificates(): void {
    this.servers.forEach((server, i) => {
      if (!server) return;
      const node = this.service.state.nodes[i]!;
      server.server.setSecureContext({ key: node.privateKeyPem, cert: node.certificatePem });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.servers.map(async (s, i) => {
        if (!s) return;
        this.servers[i] = undefined;
        await s.close();
      }),
    );
  }

  private updateState(mutate: (s: SandboxState) => void): void {
    const next = structuredClone(this.service.state);
    mutate(next);
    this.service.replaceState(next);
  }

  private checkIndex(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) {
      throw new RangeError(`node index must be an integer from 0 to ${this.size - 1} (got ${index})`);
    }
  }
}
