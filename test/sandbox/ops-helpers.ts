/**
 * Helpers for the recovery / cluster / faults tests: raw HTTPS on loopback pinned to the service
 * certificate (a fresh connection per request, so node stops and certificate switches are visible),
 * COSE-signed governance messages built with core/cose, and the member update+ack dance.
 */
import { request as httpsRequest } from "node:https";
import { constants, privateDecrypt } from "node:crypto";
import { localSigner, signGovernanceMessage } from "../../core/cose/index.js";
import type { Sandbox, SandboxMember } from "../../sandbox/index.js";

export const V = "api-version=2024-07-01";

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  json(): any;
}

export class ConnectionDropped extends Error {
  constructor(override readonly cause: Error) {
    super(`connection dropped: ${cause.message}`);
  }
}

export function call(
  url: string,
  ca: string,
  method: string,
  path: string,
  body?: Uint8Array | string,
  headers: Record<string, string> = {},
): Promise<HttpResult> {
  const target = new URL(path, url);
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      target,
      { method, ca, agent: false, headers: { ...headers, ...(body !== undefined ? { "content-length": String(Buffer.byteLength(body)) } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", (e) => reject(new ConnectionDropped(e)));
        res.on("end", () => {
          const data = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data, json: () => JSON.parse(data.toString("utf8")) });
        });
      },
    );
    req.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "ECONNRESET" || e.message === "socket hang up") reject(new ConnectionDropped(e));
      else reject(e);
    });
    if (body !== undefined) req.write(body);
    req.end();
  });
}

export async function signed(member: SandboxMember, type: string, payload?: unknown, proposalId?: string): Promise<Uint8Array> {
  const signer = localSigner(member.privateKeyPem, member.certificatePem);
  return signGovernanceMessage(signer, { type, payload: payload as never, proposalId });
}

/** POST a COSE-signed governance message. */
export async function post(sb: { url: string; ca: string }, path: string, member: SandboxMember, type: string, payload?: unknown, proposalId?: string): Promise<HttpResult> {
  const body = await signed(member, type, payload, proposalId);
  return call(sb.url, sb.ca, "POST", path, body, { "content-type": "application/cose" });
}

export function target(sandbox: Sandbox, url = sandbox.url): { url: string; ca: string } {
  return { url, ca: sandbox.serviceCertificatePem };
}

/** update + ack (new API) → the member is Active. Returns the ack response. */
export async function activate(t: { url: string; ca: string }, member: SandboxMember): Promise<HttpResult> {
  const up = await post(t, `/gov/members/state-digests/${member.memberId}:update?${V}`, member, "state_digest");
  if (up.status !== 200) throw new Error(`update: ${up.status} ${up.body}`);
  return post(t, `/gov/members/state-digests/${member.memberId}:ack?${V}`, member, "ack", { stateDigest: up.json().stateDigest });
}

/** Create a proposal and have `voters` accept it; returns the last response. */
export async function propose(t: { url: string; ca: string }, proposer: SandboxMember, voters: SandboxMember[], actions: unknown[]): Promise<HttpResult> {
  const created = await post(t, `/gov/members/proposals:create?${V}`, proposer, "proposal", { actions });
  if (created.status !== 200) return created;
  const pid = created.json().proposalId as string;
  let last = created;
  for (const v of voters) {
    if (last.json().proposalState !== "Open") break;
    last = await post(t, `/gov/members/proposals/${pid}/ballots/${v.memberId}:submit?${V}`, v, "ballot", { ballot: "export function vote (proposal, proposerId) { return true }" }, pid);
    if (last.status !== 200) return last;
  }
  return last;
}

export function decryptShare(member: SandboxMember, encryptedShareB64: string): Buffer {
  return privateDecrypt(
    { key: member.encryptionPrivateKeyPem!, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" },
    Buffer.from(encryptedShareB64, "base64"),
  );
}

export async function encryptedShareOf(t: { url: string; ca: string }, memberId: string): Promise<HttpResult> {
  return call(t.url, t.ca, "GET", `/gov/recovery/encrypted-shares/${memberId}?${V}`);
}

export async function serviceInfo(t: { url: string; ca: string }): Promise<any> {
  const r = await call(t.url, t.ca, "GET", `/gov/service/info?${V}`);
  if (r.status !== 200) throw new Error(`service/info: ${r.status}`);
  return r.json();
}
