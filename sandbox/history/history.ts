/**
 * The sandbox's transaction history, as CCF keeps it (src/node/history.h): every transaction is a leaf of
 * a SHA-256 Merkle tree, leaf = SHA-256(write_set_digest || SHA-256(commit_evidence) || claims_digest);
 * a signature transaction records the root of every transaction before it, signed by the primary node's
 * key. The members' state digest is the root at the latest signature (`state.ledger.root`).
 *
 * Sandbox specifics (documented, not CCF's wire): a write's `write_set_digest` is the SHA-256 of the
 * governance tables it left behind (the sandbox has no serialized write sets; the constitution counts
 * only when the transaction changed it); a transaction that changed nothing the
 * sandbox tracks (e.g. the service-creation transaction of a recovery) digests an empty write set; a
 * signature transaction's write set is its signature record. Commit evidence is
 * `ce:<view>.<seqno>:<hex HMAC-SHA256(commit secret, "view.seqno")>` — a nonce from a secret, like CCF's
 * (derived from the ledger secret). Governance transactions carry no claims (claims_digest = 0^32,
 * omitted from receipts as CCF does). The ECDSA signature over a root is deterministic (RFC 6979) and
 * computed when a receipt first needs it: the same bytes as signing at signature time.
 *
 * Persistence: DIR/ledger.jsonl, append-only, fsynced before the state file that commits the same
 * transactions; on load, entries beyond the state's last seqno (a crash between the two writes) are
 * dropped.
 */
import { createHash, createHmac, createPrivateKey, randomBytes, X509Certificate } from "node:crypto";
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { open } from "node:fs/promises";
import { join } from "node:path";
import { createCertificate } from "../../core/identity/index.js";
import { signDigest } from "../../core/receipts/ecdsa.js";
import type { SandboxState } from "../state.js";
import { MerkleTree } from "./merkle-tree.js";

export const LEDGER_FILE = "ledger.jsonl";

const NO_CLAIMS = Buffer.alloc(32);
const EMPTY_WRITE_SET = createHash("sha256").digest();

interface LeafRecord {
  view: number;
  writeSetDigest: Buffer;
}

interface SignatureRecord {
  seqno: number;
  view: number;
  nodeId: string;
  root: Buffer;
  /** Index into nodeCerts: the signing node's certificate when it signed. */
  cert: number;
}

interface PendingWrite {
  view: number;
  state: SandboxState;
  constitutionChanged: boolean;
}

type LogLine =
  | { t: "leaf"; s: number; v: number; w: string }
  | { t: "sig"; s: number; v: number; n: string; r: string; c: number }
  | { t: "cert"; i: number; pem: string }
  | { t: "service"; i: number; pem: string };

/** A JSON receipt in CCF's `describe_receipt_v1` shape. */
export interface ReceiptBody {
  signature: string;
  proof: ({ left: string } | { right: string })[];
  node_id: string;
  cert: string;
  leaf?: string;
  leaf_components?: { write_set_digest: string; commit_evidence: string };
  service_endorsements?: string[];
}

function sha256(...parts: (Buffer | string)[]): Buffer {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest();
}

export class LedgerHistory {
  private readonly tree = new MerkleTree();
  private readonly leaves: LeafRecord[] = [];
  private readonly signatures: SignatureRecord[] = [];
  private readonly nodeCerts: string[] = [];
  /** Service identities seen at signatures, oldest first (issuers of earlier node certificates). */
  private readonly serviceCerts: string[] = [];
  private readonly pendingWrites = new Map<number, PendingWrite>();
  private unwritten: string[] = [];
  private readonly signatureCache = new Map<number, string>();
  private readonly endorsementCache = new Map<string, Promise<string>>();
  /** Seqnos whose historical state this node has "fetched" (CCF answers 202 before that). */
  private readonly fetched = new Set<number>();

  private constructor(private readonly dir: string) {}

  /** The history of DIR, replayed up to `state.ledger.seqno`. */
  static load(dir: string, state: SandboxState): LedgerHistory {
    const h = new LedgerHistory(dir);
    const path = join(dir, LEDGER_FILE);
    if (!existsSync(path)) return h;
    const limit = state.ledger.seqno;
    const text = readFileSync(path, "utf8");
    let dropped = false;
    const kept: string[] = [];
    for (const raw of text.split("\n")) {
      if (raw === "") continue;
      let line: LogLine;
      try {
        line = JSON.parse(raw) as LogLine;
      } catch {
        dropped = true; // a torn last line
        continue;
      }
      if ((line.t === "leaf" || line.t === "sig") && (line.s > limit || (line.t === "leaf" && line.s !== h.leaves.length + 1))) {
        dropped = true;
        continue;
      }
      h.replay(line, state);
      kept.push(raw);
    }
    if (dropped) h.rewriteSync(kept);
    return h;
  }

  private replay(line: LogLine, state: SandboxState): void {
    switch (line.t) {
      case "leaf":
        this.addLeaf(state, line.s, { view: line.v, writeSetDigest: Buffer.from(line.w, "hex") }, false);
        break;
      case "sig":
        this.signatures.push({ seqno: line.s, view: line.v, nodeId: line.n, root: Buffer.from(line.r, "hex"), cert: line.c });
        break;
      case "cert":
        this.nodeCerts[line.i] = line.pem;
        break;
      case "service":
        this.serviceCerts[line.i] = line.pem;
        break;
    }
  }

  private rewriteSync(lines: string[]): void {
    const path = join(this.dir, LEDGER_FILE);
    const fd = openSync(`${path}.tmp`, "w", 0o600);
    try {
      writeSync(fd, lines.map((l) => `${l}\n`).join(""));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(`${path}.tmp`, path);
  }

  /** Records the write set of transaction `seqno` (called when a write transaction commits in memory). */
  recordWrite(seqno: number, view: number, state: SandboxState, previous: SandboxState): void {
    // Digested at the next signature, off the request path: the state a transaction installs is not
    // changed afterwards (the next transaction works on a copy), except its ledger counters, which are
    // not part of the write set.
    this.pendingWrites.set(seqno, { view, state, constitutionChanged: state.constitution !== previous.constitution });
  }

  /** The tables a transaction left behind; the constitution (the largest value) only when it changed. */
  private static writeSetDigest(write: PendingWrite): Buffer {
    const { ledger: _ledger, constitution, ...tables } = write.state;
    const h = createHash("sha256").update(JSON.stringify(tables));
    if (write.constitutionChanged) h.update(`constitution:${constitution}`);
    return h.digest();
  }

  private secret: { hex: string; key: Buffer } | undefined;

  private commitSecret(state: SandboxState): Buffer {
    if (typeof state.ledger.commitSecret !== "string") state.ledger.commitSecret = randomBytes(32).toString("hex");
    const hex = state.ledger.commitSecret;
    if (this.secret?.hex !== hex) this.secret = { hex, key: Buffer.from(hex, "hex") };
    return this.secret.key;
  }

  private commitEvidence(state: SandboxState, view: number, seqno: number): string {
    const nonce = createHmac("sha256", this.commitSecret(state)).update(`${view}.${seqno}`).digest("hex");
    return `ce:${view}.${seqno}:${nonce}`;
  }

  private addLeaf(state: SandboxState, seqno: number, leaf: LeafRecord, log: boolean): void {
    this.leaves.push(leaf);
    this.tree.append(sha256(leaf.writeSetDigest, sha256(this.commitEvidence(state, leaf.view, seqno)), NO_CLAIMS));
    if (log) this.log({ t: "leaf", s: seqno, v: leaf.view, w: leaf.writeSetDigest.toString("hex") });
  }

  private log(line: LogLine): void {
    this.unwritten.push(JSON.stringify(line));
  }

  private intern(list: string[], pem: string, t: "cert" | "service"): number {
    let i = list.lastIndexOf(pem);
    if (i < 0) {
      i = list.length;
      list.push(pem);
      this.log({ t, i, pem });
    }
    return i;
  }

  /**
   * Appends a signature transaction to `state` (mutated in place): the next seqno, every transaction
   * before it in the tree, the root signed by the primary node, `state.ledger.root` = that root.
   */
  appendSignature(state: SandboxState): number {
    const ledger = state.ledger;
    ledger.seqno += 1;
    const seqno = ledger.seqno;
    for (let s = this.leaves.length + 1; s < seqno; s++) {
      const write = this.pendingWrites.get(s);
      const leaf = write ? { view: write.view, writeSetDigest: LedgerHistory.writeSetDigest(write) } : { view: ledger.view, writeSetDigest: EMPTY_WRITE_SET };
      this.addLeaf(state, s, leaf, true);
    }
    for (const s of this.pendingWrites.keys()) if (s < seqno) this.pendingWrites.delete(s);
    const root = this.tree.root();
    const primary = state.nodes[state.primaryNodeIndex] ?? state.nodes[0]!;
    const cert = this.intern(this.nodeCerts, primary.certificatePem, "cert");
    this.intern(this.serviceCerts, state.service.certificatePem, "service");
    const rootHex = root.toString("hex");
    this.signatures.push({ seqno, view: ledger.view, nodeId: primary.nodeId, root, cert });
    this.log({ t: "sig", s: seqno, v: ledger.view, n: primary.nodeId, r: rootHex, c: cert });
    this.addLeaf(state, seqno, { view: ledger.view, writeSetDigest: sha256(JSON.stringify({ signature: { seqno, view: ledger.view, node: primary.nodeId, root: rootHex } })) }, true);
    ledger.root = rootHex;
    ledger.lastSignatureSeqno = seqno;
    return seqno;
  }

  /** Appends the entries logged since the last call to DIR/ledger.jsonl and fsyncs it. */
  async persist(): Promise<void> {
    if (this.unwritten.length === 0) return;
    const lines = this.unwritten;
    this.unwritten = [];
    try {
      const handle = await open(join(this.dir, LEDGER_FILE), "a", 0o600);
      try {
        await handle.writeFile(lines.map((l) => `${l}\n`).join(""));
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (err) {
      this.unwritten = [...lines, ...this.unwritten];
      throw err;
    }
  }

  persistSync(): void {
    if (this.unwritten.length === 0) return;
    const fd = openSync(join(this.dir, LEDGER_FILE), "a", 0o600);
    try {
      writeSync(fd, this.unwritten.map((l) => `${l}\n`).join(""));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.unwritten = [];
  }

  /** CCF answers 202 the first time a transaction's historical state is asked for; true from then on. */
  markFetched(seqno: number): boolean {
    if (this.fetched.has(seqno)) return true;
    this.fetched.add(seqno);
    return false;
  }

  /** View of transaction `seqno` as recorded in the tree (undefined when not in it yet). */
  viewOf(seqno: number): number | undefined {
    return this.leaves[seqno - 1]?.view;
  }

  private signatureCovering(seqno: number): SignatureRecord | undefined {
    let lo = 0;
    let hi = this.signatures.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.signatures[mid]!.seqno < seqno) lo = mid + 1;
      else hi = mid;
    }
    return this.signatures[lo];
  }

  private signatureOf(state: SandboxState, sig: SignatureRecord): string {
    const cached = this.signatureCache.get(sig.seqno);
    if (cached) return cached;
    const node = state.nodes.find((n) => n.nodeId === sig.nodeId);
    if (!node) throw new Error(`node ${sig.nodeId} that signed ${sig.view}.${sig.seqno} is unknown`);
    const signature = signDigest(createPrivateKey(node.privateKeyPem), sig.root).toString("base64");
    this.signatureCache.set(sig.seqno, signature);
    return signature;
  }

  /**
   * CCF's `populate_service_endorsements` (src/node/historical_queries_utils.cpp): when the current
   * service identity did not issue the node certificate, the previous identity that did is endorsed by
   * the current one — a CA certificate for the old public key and subject, issued by the current key.
   */
  private endorsementFor(state: SandboxState, nodeCertPem: string): Promise<string> | undefined {
    const current = new X509Certificate(state.service.certificatePem);
    const nodeCert = new X509Certificate(nodeCertPem);
    if (nodeCert.verify(current.publicKey)) return undefined;
    const issuerPem = [...this.serviceCerts].reverse().find((pem) => nodeCert.verify(new X509Certificate(pem).publicKey));
    if (!issuerPem) return undefined; // CCF keeps the receipt without endorsements
    const key = `${state.service.certificatePem}\n${issuerPem}`;
    let endorsement = this.endorsementCache.get(key);
    if (!endorsement) {
      const issuer = new X509Certificate(issuerPem);
      endorsement = createCertificate({
        subject: issuer.subject.split("\n").join(", "),
        publicKey: issuer.publicKey,
        issuer: { privateKey: state.service.privateKeyPem, certificatePem: state.service.certificatePem },
        isCa: true,
        days: state.service.config.maximumServiceCertificateValidityDays ?? 365,
      });
      this.endorsementCache.set(key, endorsement);
    }
    return endorsement;
  }

  /** The receipt of `view.seqno`, or undefined when that transaction id is not in the signed history. */
  async receipt(state: SandboxState, view: number, seqno: number): Promise<ReceiptBody | undefined> {
    if (seqno < 1 || this.viewOf(seqno) !== view) return undefined;
    const sig = this.signatureCovering(seqno);
    if (!sig) return undefined;
    const cert = this.nodeCerts[sig.cert]!;
    const out: ReceiptBody = { signature: this.signatureOf(state, sig), proof: [], node_id: sig.nodeId, cert };
    if (sig.seqno === seqno) {
      out.leaf = sig.root.toString("hex");
    } else {
      out.proof = this.tree.path(seqno - 1, sig.seqno - 1).map((step) => ("left" in step ? { left: step.left.toString("hex") } : { right: step.right.toString("hex") }));
      const leaf = this.leaves[seqno - 1]!;
      out.leaf_components = { write_set_digest: leaf.writeSetDigest.toString("hex"), commit_evidence: this.commitEvidence(state, leaf.view, seqno) };
    }
    const endorsement = this.endorsementFor(state, cert);
    if (endorsement) out.service_endorsements = [await endorsement];
    return out;
  }
}
