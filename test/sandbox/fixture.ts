/**
 * Shared fixture for the conformance suites: one sandbox per flavour, members activated through the real
 * update+ack flow, and per-flavour paths so one test body covers the new and the classic API.
 */
import { generateMemberIdentity, generateEncryptionKeyPair, type MemberIdentity } from "../../core/identity/index.js";
import { startSandbox, type Sandbox, type SandboxMember, type StartSandboxOptions } from "../../sandbox/index.js";
import { Client, clientFor, sign, type HttpResult, type SignOptions } from "./helpers.js";

export interface Flavour {
  label: string;
  ccfVersion: 4 | 5 | 6 | 7;
  api: "new" | "classic";
  apiVersion?: string;
}

export const NEW_FLAVOURS: Flavour[] = [
  { label: "CCF 4, api-version 2023-06-01-preview", ccfVersion: 4, api: "new", apiVersion: "2023-06-01-preview" },
  { label: "CCF 6, api-version 2024-07-01", ccfVersion: 6, api: "new", apiVersion: "2024-07-01" },
  { label: "CCF 7, api-version 2024-07-01", ccfVersion: 7, api: "new", apiVersion: "2024-07-01" },
];

export const CLASSIC_FLAVOURS: Flavour[] = [
  { label: "CCF 4, classic", ccfVersion: 4, api: "classic" },
  { label: "CCF 6, classic", ccfVersion: 6, api: "classic" },
];

export const ALL_FLAVOURS: Flavour[] = [...NEW_FLAVOURS, ...CLASSIC_FLAVOURS];

type Signable = Pick<SandboxMember, "privateKeyPem" | "certificatePem" | "memberId">;

/** Per-flavour request paths and a few operations. */
export class Gov {
  constructor(
    readonly client: Client,
    readonly flavour: Flavour,
  ) {}

  get isNew(): boolean {
    return this.flavour.api === "new";
  }

  q(path: string): string {
    if (!this.isNew) return path;
    return `${path}${path.includes("?") ? "&" : "?"}api-version=${this.flavour.apiVersion}`;
  }

  createPath(): string {
    return this.isNew ? this.q("/gov/members/proposals:create") : "/gov/proposals";
  }
  ballotPath(pid: string, mid: string): string {
    return this.isNew ? this.q(`/gov/members/proposals/${pid}/ballots/${mid}:submit`) : `/gov/proposals/${pid}/ballots`;
  }
  withdrawPath(pid: string): string {
    return this.isNew ? this.q(`/gov/members/proposals/${pid}:withdraw`) : `/gov/proposals/${pid}/withdraw`;
  }
  updatePath(mid: string): string {
    return this.isNew ? this.q(`/gov/members/state-digests/${mid}:update`) : "/gov/ack/update_state_digest";
  }
  ackPath(mid: string): string {
    return this.isNew ? this.q(`/gov/members/state-digests/${mid}:ack`) : "/gov/ack";
  }
  proposalPath(pid: string): string {
    return this.isNew ? this.q(`/gov/members/proposals/${pid}`) : `/gov/proposals/${pid}`;
  }

  /** Proposal state from a create/ballot/withdraw/get response, per flavour. */
  stateOf(r: HttpResult): string {
    return this.isNew ? r.json.proposalState : r.json.state;
  }
  idOf(r: HttpResult): string {
    return this.isNew ? r.json.proposalId : r.json.proposal_id;
  }

  async signedPost(path: string, member: Signable, options: SignOptions): Promise<HttpResult> {
    return this.client.postCose(path, await sign(member, options));
  }

  propose(member: Signable, proposal: unknown, createdAt?: number): Promise<HttpResult> {
    return this.signedPost(this.createPath(), member, { type: "proposal", payload: proposal, createdAt });
  }

  vote(member: Signable, pid: string, ballot: string): Promise<HttpResult> {
    return this.signedPost(this.ballotPath(pid, member.memberId), member, { type: "ballot", payload: { ballot }, proposalId: pid });
  }

  withdraw(member: Signable, pid: string): Promise<HttpResult> {
    return this.signedPost(this.withdrawPath(pid), member, { type: "withdrawal", proposalId: pid });
  }

  update(member: Signable): Promise<HttpResult> {
    return this.signedPost(this.updatePath(member.memberId), member, { type: "state_digest" });
  }

  ack(member: Signable, digest: string): Promise<HttpResult> {
    return this.signedPost(this.ackPath(member.memberId), member, { type: "ack", payload: this.isNew ? { stateDigest: digest } : { state_digest: digest } });
  }

  /** update + ack; returns the ack response. */
  async activate(member: Signable): Promise<HttpResult> {
    const u = await this.update(member);
    if (u.status !== 200) throw new Error(`update failed: ${u.status} ${u.text}`);
    const digest = this.isNew ? u.json.stateDigest : u.json.state_digest;
    return this.ack(member, digest);
  }
}

export interface Fixture {
  sb: Sandbox;
  gov: Gov;
  /** Active members (activated through update+ack). */
  active: SandboxMember[];
  /** A genesis member left Accepted. */
  accepted: SandboxMember;
  /** An identity that is not a member. */
  outsider: MemberIdentity;
  close(): Promise<void>;
}

/**
 * Starts a sandbox for `flavour` with `activeCount` Active members and one Accepted member. The first
 * member is the one recovery member (threshold 1): an Open service needs one, as in CCF; the others
 * have no encryption key.
 */
export async function startFixture(flavour: Flavour, activeCount = 3, options: StartSandboxOptions = {}): Promise<Fixture> {
  const sb = await startSandbox({ ccfVersion: flavour.ccfVersion, members: activeCount + 1, recoveryMembers: 1, recoveryThreshold: 1, ...options });
  const client = clientFor(sb);
  const gov = new Gov(client, flavour);
  const active = sb.members.slice(0, activeCount);
  for (const m of active) {
    const r = await gov.activate(m);
    if (r.status !== 204) throw new Error(`activation failed: ${r.status} ${r.text}`);
  }
  const outsider = await generateMemberIdentity({ name: "outsider" });
  return {
    sb,
    gov,
    active,
    accepted: sb.members[activeCount]!,
    outsider,
    async close() {
      client.close();
      await sb.close();
    },
  };
}

let encKeyCache: Promise<{ publicKeyPem: string; privateKeyPem: string }> | undefined;
/** One RSA-2048 key pair per test file (generation is the slow part). */
export function sharedEncryptionKey(): Promise<{ publicKeyPem: string; privateKeyPem: string }> {
  encKeyCache ??= generateEncryptionKeyPair({ bits: 2048 });
  return encKeyCache;
}

/** Polls a predicate (no timing assertion: gives up after `tries`). */
export async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean, tries = 200): Promise<T> {
  let v = await fn();
  for (let i = 0; i < tries && !ok(v); i++) {
    await new Promise((r) => setTimeout(r, 10));
    v = await fn();
  }
  return v;
}
