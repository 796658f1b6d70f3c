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
import { type KeyObject } from "node:crypto";
import { type TxStatus } from "./ledger.js";
import { LedgerHistory } from "./history/index.js";
import { Router } from "./router.js";
import type { Profile } from "./profile.js";
import { type SandboxState } from "./state.js";
import { type GovernanceHooks } from "./hooks.js";
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
export declare class SandboxService {
    readonly dir: string;
    readonly profile: Profile;
    readonly router: Router;
    readonly pipeline: PipelineHooks;
    hooks: GovernanceHooks;
    readonly metrics: SandboxMetrics;
    /** Member certificate PEM → its public key, so each request does not re-parse X.509. */
    readonly verificationKeys: Map<string, KeyObject>;
    readonly random: (n: number) => Buffer;
    readonly now: () => number;
    /** The Merkle tree, signatures and receipts (sandbox/history). */
    readonly history: LedgerHistory;
    /** Time limit for one ballot evaluation (ms). */
    ballotTimeoutMs: number;
    private current;
    private durable;
    private signatureIntervalMs;
    private timer;
    private dirty;
    private inflight;
    private closed;
    /** Last persistence failure (the sandbox keeps serving; transactions stay Pending). */
    lastPersistError: Error | undefined;
    constructor(options: SandboxServiceOptions);
    /** The current state (read-only by convention; write through `transact`). */
    get state(): SandboxState;
    /** Highest seqno that is durable on disk (Committed). */
    get durableSeqno(): number;
    /** Replaces some governance hooks (recovery installs its share issuance here). */
    setHooks(hooks: Partial<GovernanceHooks>): void;
    /** Runs one write transaction; see the file comment. */
    transact<T>(fn: (tx: WriteTx) => T): {
        result: T;
        txId: string;
        seqno: number;
    };
    /**
     * Replaces the whole state outside a governance transaction (control operations: disaster simulation,
     * restore). The new state is persisted with the next signature.
     */
    replaceState(next: SandboxState): void;
    private installWrite;
    private install;
    /** Persists the current state soon (with a signature only if transactions are unsigned). */
    persistSoon(): void;
    /** Appends a signature now (no write needed) — e.g. to advance the root on demand. */
    emitSignature(): string;
    private signAndPersist;
    /** Commits everything written so far (signature + durable write). */
    flush(): Promise<void>;
    /** Flushes and stops the commit loop. */
    close(): Promise<void>;
    /** Writes the state synchronously now (genesis). */
    persistNowSync(): void;
    txStatus(view: number, seqno: number): TxStatus;
    /** Id of the last committed transaction. */
    commitTxId(): string;
}
