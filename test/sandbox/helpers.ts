/**
 * Test helpers for the sandbox suites: a pinned-TLS HTTPS client (node:https, keep-alive), COSE signing
 * through core/cose, and a hand-built COSE_Sign1 encoder on cbor-x (independent of core/cose) for
 * malformed envelopes.
 */
import { Agent, request as httpsRequest } from "node:https";
import { createHash, sign as cryptoSign, createPrivateKey } from "node:crypto";
import { Encoder, Tag } from "cbor-x";
import { localSigner, signGovernanceMessage } from "../../core/cose/index.js";
import type { Sandbox, SandboxMember } from "../../sandbox/index.js";
import { expect } from "vitest";

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any;
}

/** The reply is exactly CCF's error envelope `{error: {code, message}}` with this status. */
export function expectError(r: HttpResult, status: number, code: string, message: string): void {
  expect({ status: r.status, body: r.json }).toEqual({ status, body: { error: { code, message } } });
}

export class Client {
  private readonly agent: Agent;
  constructor(
    readonly baseUrl: string,
    ca: string,
  ) {
    this.agent = new Agent({ ca, keepAlive: true, maxSockets: 16 });
  }

  request(method: string, path: string, body?: Uint8Array | string, headers: Record<string, string> = {}): Promise<HttpResult> {
    const url = new URL(path, this.baseUrl);
    return new Promise((resolve, reject) => {
      const req = httpsRequest(url, { method, agent: this.agent, headers: { ...headers, ...(body !== undefined ? { "content-length": String(Buffer.byteLength(body as string)) } : {}) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      });
      req.on("error", reject);
      if (body !== undefined) req.write(body);
      req.end();
    });
  }

  get(path: string): Promise<HttpResult> {
    return this.request("GET", path);
  }

  /** POST a COSE envelope with `Content-Type: application/cose` (or the given content type). */
  postCose(path: string, envelope: Uint8Array, contentType: string | null = "application/cose"): Promise<HttpResult> {
    return this.request("POST", path, Buffer.from(envelope), contentType === null ? {} : { "content-type": contentType });
  }

  close(): void {
    this.agent.destroy();
  }
}

export function clientFor(sandbox: Sandbox, node = 0): Client {
  return new Client(sandbox.urls[node]!, sandbox.serviceCertificatePem);
}

export interface SignOptions {
  type: string;
  payload?: unknown;
  proposalId?: string;
  createdAt?: number;
}

/** Signs with core/cose (the client library's own signer). */
export async function sign(member: Pick<SandboxMember, "privateKeyPem" | "certificatePem">, options: SignOptions): Promise<Uint8Array> {
  const signer = localSigner(member.privateKeyPem, member.certificatePem);
  return signGovernanceMessage(signer, {
    type: options.type as never,
    payload: options.payload as never,
    proposalId: options.proposalId,
    createdAt: options.createdAt,
  });
}

// --- hand-built COSE (cbor-x only) ------------------------------------------------------------------------

const encoder = new Encoder({ mapsAsObjects: false, useRecords: false, tagUint8Array: false, variableMapSize: true } as never);

export function cbor(value: unknown): Uint8Array {
  return new Uint8Array(encoder.encode(value));
}

export interface RawCoseOptions {
  /** Protected header entries in order (use Map semantics: [label, value]). */
  header: [number | string, unknown][];
  payload?: Uint8Array | string;
  /** Signing key PEM; signature computed over the Sig_structure unless `signature` given. */
  privateKeyPem?: string;
  hash?: "sha256" | "sha384" | "sha512";
  dsaEncoding?: "ieee-p1363" | "der";
  signature?: Uint8Array;
  /** Tag number (18 normally); null for no tag. */
  tag?: number | null;
}

/** Builds a COSE_Sign1 by hand with cbor-x and node:crypto. */
export function rawCose(options: RawCoseOptions): Uint8Array {
  const protectedBytes = cbor(new Map(options.header));
  const payload = typeof options.payload === "string" ? new TextEncoder().encode(options.payload) : (options.payload ?? new Uint8Array(0));
  let signature = options.signature;
  if (!signature) {
    const tbs = cbor(["Signature1", protectedBytes, new Uint8Array(0), payload]);
    signature = new Uint8Array(
      cryptoSign(options.hash ?? "sha384", tbs, { key: createPrivateKey(options.privateKeyPem!), dsaEncoding: options.dsaEncoding ?? "ieee-p1363" }),
    );
  }
  const arr = [protectedBytes, new Map(), payload, signature];
  const tag = options.tag === undefined ? 18 : options.tag;
  return cbor(tag === null ? arr : new Tag(arr, tag));
}

/** A standard governance header for a member, in CCF's order. */
export function govHeader(memberId: string, type: string | undefined, createdAt: number | bigint | undefined, extra: [number | string, unknown][] = []): [number | string, unknown][] {
  const h: [number | string, unknown][] = [
    [1, -35],
    [4, new TextEncoder().encode(memberId)],
  ];
  if (type !== undefined) h.push(["ccf.gov.msg.type", type]);
  if (createdAt !== undefined) h.push(["ccf.gov.msg.created_at", createdAt]);
  return [...h, ...extra];
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export function setMemberProposal(certificatePem: string, extra: Record<string, unknown> = {}): { actions: unknown[] } {
  return { actions: [{ name: "set_member", args: { cert: certificatePem, member_data: null, ...extra } }] };
}

export const YES = "export function vote (proposal, proposerId) { return true }";
export const NO = "export function vote (proposal, proposerId) { return false }";

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
