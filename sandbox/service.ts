/**
 * The sandbox's service: one governance state shared by all nodes, its write transactions, the
 * simulated ledger's signature/commit loop, persistence, the route table and the request pipeline
 * hooks. Servers (one per node) only translate HTTP to `SandboxRequest` and call `pipeline` here.
 *
 * Write transactions: `transact(fn)` runs `fn` on a deep copy of the state (the draft). If `fn`
 * returns, the draft becomes the state, the transaction gets the next seqno (`view.seqno` is its id)
 * and is Pending; if it throws, nothing is kept (CCF: error responses commit nothing) unless the
 * transaction set `commitOnError` (CCF forces a commit in a few handlers, e.g. clearing submitted
 * shares after a failed recovery start).
 *
 * Signatures: a short timer after a write appends a signature transaction (the primary signs the
 * Merkle root of every transaction before it: sandbox/history), appends the new history entries to
 * DIR/ledger.jsonl, serializes the state and writes it atomically to DIR; when the write is durable,
 * every transaction up to the signature is Committed.
 */
import { randomBytes, type KeyObject } from "node:crypto";
import { txStatus, type TxStatus } from "./ledger.js";
import { LedgerHistory } from "./history/index.js";
import { saveStateSync, saveStateText } from "./persistence.js";
import { Router } from "./router.js";
import type { Profile } from "./profile.js";
import { txId, type SandboxState } from "./state.js";
import { defaultHooks, type GovernanceHooks } from "./hooks.js";
import type { PipelineHooks } from "./pipeline.js";

export interface WriteTx {
  /** The draft state: mutate freely; kept only if the transaction succeeds. */
  state: SandboxState;
  service: SandboxService;
  /** Seqno and id this transaction gets if it commits. */
  seqno: number;
  txId: string;
  /** Keep the draft even if the transaction function throws. */
  commitOnError: boolean;
}

export interface SandboxMetrics {
  requests: number;
  /** Time spent inside COSE signature verification (ns) and how many verifications. */
  verifyNs: bigint;
  verifyCount: number;
  /** Time spent in the whole pipeline (routing, auth, handler) per request, summed (ns). */
  handleNs: bigint;
}

export interface SandboxServiceOptions {
  dir: string;
  state: SandboxState;
  profile: Profile;
  /** Delay between a write and the signature that commits it (ms). Default 10. */
  signatureIntervalMs?: number;
  random?: (n: number) => Buffer;
  /** Wall clock in ms (injected for tests). */
  now?: () => number;
  /** Time limit for one ballot evaluation (ms). Default 1000. */
  ballotTimeoutMs?: number;
}

export class SandboxService {
  readonly dir: string;
  readonly profile: Profile;
  readonly router = new Router();
  readonly pipeline: PipelineHooks = { before: [], after: [] };
  hooks: GovernanceHooks = { ...defaultHooks };
  readonly metrics: SandboxMetrics = { requests: 0, verifyNs: 0n, verifyCount: 0, handleNs: 0n };
  /** Member certificate PEM → its public key, so each request does not re-parse X.509. */
  readonly verificationKeys = new Map<string, KeyObject>();
  readonly random: (n: number) => Buffer;
  readonly now: () => number;
  /** The Merkle tree, signatures and receipts (sandbox/history). */
  readonly history: LedgerHistory;
  /** Time limit for one ballot evaluation (ms). */
  ballotTimeoutMs: number;

  private current: SandboxState;
  private durable: number;
  private signatureIntervalMs: number;
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;
  private inflight: Promise<void> | undefined;
  private closed = false;
  /** Last persistence failure (the sandbox keeps serving; transactions stay Pending). */
  lastPersistError: Error | undefined;

  constructor(options: SandboxServiceOptions) {
    this.dir = options.dir;
    this.profile = options.profile;
    this.current = options.state;
    this.durable = options.state.ledger.committedSeqno;
    this.signatureIntervalMs = options.signatureIntervalMs ?? 10;
    this.random = options.random ?? randomBytes;
    this.now = options.now ?? Date.now;
    this.ballotTimeoutMs = options.ballotTimeoutMs ?? 1000;
    this.history = LedgerHistory.load(options.dir, options.state);
  }

  /** The current state (read-only by convention; write through `transact`). */
  get state(): SandboxState {
    return this.current;
  }

  /** Highest seqno that is durable on disk (Committed). */
  get durableSeqno(): number {
    return this.durable;
  }

  /** Replaces some governance hooks (recovery installs its share issuance here). */
  setHooks(hooks: Partial<GovernanceHooks>): void {
    this.hooks = { ...this.hooks, ...hooks };
  }

  /** Runs one write transaction; see the file comment. */
  transact<T>(fn: (tx: WriteTx) => T): { result: T; txId: string; seqno: number } {
    if (this.closed) throw new Error("The sandbox is closed");
    const draft = structuredClone(this.current);
    const seqno = draft.ledger.seqno + 1;
    draft.ledger.seqno = seqno;
    const tx: WriteTx = { state: draft, service: this, seqno, txId: txId(draft.ledger.view, seqno), commitOnError: false };
    let result: T;
    try {
      result = fn(tx);
    } catch (err) {
      if (tx.commitOnError) this.installWrite(draft, seqno);
      throw err;
    }
    this.installWrite(draft, seqno);
    return { result, txId: tx.txId, seqno };
  }

  /**
   * Replaces the whole state outside a governance transaction (control operations: disaster simulation,
   * restore). The new state is persisted with the next signature.
   */
  replaceState(next: SandboxState): void {
    this.install(next);
  }

  private installWrite(draft: SandboxState, seqno: number): void {
    this.history.recordWrite(seqno, draft.ledger.view, draft, this.current);
    this.install(draft);
  }

  private install(draft: SandboxState): void {
    this.current = draft;
    this.persistSoon();
  }

  /** Persists the current state soon (with a signature only if transactions are unsigned). */
  persistSoon(): void {
    this.dirty = true;
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.signAndPersist();
    }, this.signatureIntervalMs);
  }

  /** Appends a signature now (no write needed) — e.g. to advance the root on demand. */
  emitSignature(): string {
    const seqno = this.history.appendSignature(this.current);
    this.persistSoon();
    return txId(this.current.ledger.view, seqno);
  }

  private async signAndPersist(): Promise<void> {
    if (this.inflight) {
      // One write at a time; the finishing write re-checks `dirty`.
      return;
    }
    if (!this.dirty) return;
    this.dirty = false;
    const ledger = this.current.ledger;
    if (ledger.lastSignatureSeqno !== ledger.seqno) this.history.appendSignature(this.current);
    const sigSeqno = ledger.seqno;
    ledger.committedSeqno = sigSeqno;
    const text = JSON.stringify(this.current);
    // The history entries first: a state file never commits transactions the ledger file lacks.
    this.inflight = this.history.persist().then(() => saveStateText(this.dir, text)).then(
      () => {
        this.durable = Math.max(this.durable, sigSeqno);
        this.lastPersistError = undefined;
      },
      (err: Error) => {
        this.lastPersistError = err;
        this.dirty = true;
      },
    );
    try {
      await this.inflight;
    } finally {
      this.inflight = undefined;
    }
    if (this.dirty && !this.closed && !this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.signAndPersist();
      }, this.signatureIntervalMs);
    }
  }

  /** Commits everything written so far (signature + durable write). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    while (this.inflight) await this.inflight;
    if (this.dirty) await this.signAndPersist();
    while (this.inflight) await this.inflight;
  }

  /** Flushes and stops the commit loop. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Writes the state synchronously now (genesis). */
  persistNowSync(): void {
    const ledger = this.current.ledger;
    if (ledger.lastSignatureSeqno !== ledger.seqno) this.history.appendSignature(this.current);
    ledger.committedSeqno = ledger.seqno;
    this.history.persistSync();
    saveStateSync(this.dir, this.current);
    this.durable = ledger.seqno;
    this.dirty = false;
  }

  txStatus(view: number, seqno: number): TxStatus {
    return txStatus(this.current.ledger, this.durable, view, seqno);
  }

  /** Id of the last committed transaction. */
  commitTxId(): string {
    return txId(this.current.ledger.view, this.durable);
  }
}
