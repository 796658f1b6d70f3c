import { verify as cryptoVerify, type KeyObject } from "node:crypto";
import { looksLikePath, typeName } from "../text/input-value.js";
import { CcfConsortiumError, InputError } from "../errors.js";
import { loadCertificate } from "../identity/certificate.js";
import { algorithmForCurve, curveOf, type CoseAlgorithm } from "../identity/curves.js";
import { memberIdOf } from "../identity/member-id.js";
import { algorithmInfo, digestFor } from "./algorithms.js";
import { parseProtectedHeader } from "./decode.js";
import { encodeSign1 } from "./envelope.js";
import type { GovMessageType } from "./message-types.js";
import { payloadBytes, type GovPayload } from "./payload.js";
import { encodeProtectedHeader, normalizeGovHeader, type GovHeader } from "./protected-header.js";
import { sigStructure } from "./sig-structure.js";

/** How errors name each input (flags in the CLI, fields in the Action); defaults are the option names. */
export interface InputNames {
  type?: string;
  proposalId?: string;
  createdAt?: string;
  memberId?: string;
  certificate?: string;
  payload?: string;
  signature?: string;
}

export interface GovMessageOptions {
  type: GovMessageType | string;
  payload?: GovPayload;
  /** Required for ballot and withdrawal (64 hex; emitted lowercase); refused for other types. */
  proposalId?: string;
  /** Seconds since the epoch or a Date; default: now. */
  createdAt?: number | Date;
  /** Clock for the default created_at (ms since the epoch); default Date.now. */
  now?: () => number;
  names?: InputNames;
}

export interface PrepareOptions extends GovMessageOptions {
  /** The signing certificate: gives alg (from its curve) and kid, and lets `finish` check the signature. */
  certificatePem?: string | Buffer;
  /** Without a certificate: the alg of the signing key… */
  algorithm?: CoseAlgorithm;
  /** …and the member id (kid). */
  memberId?: string;
}

/**
 * Everything an external signer needs and everything `finishGovernanceMessage` uses, fixed once: the
 * encoded protected header, the payload, the Sig_structure over them, and its digest under the alg's hash.
 * Frozen; its byte arrays are copies, and `finish` uses its own pristine copies of them.
 */
export interface ToBeSigned extends GovHeader {
  readonly protectedHeader: Uint8Array;
  readonly payload: Uint8Array;
  readonly sigStructure: Uint8Array;
  /** What Key Vault / an HSM signs: hash(sigStructure) with SHA-256/384/512 for ES256/384/512. */
  readonly digest: Uint8Array;
  /** The signing certificate, when prepare was given one. */
  readonly certificatePem?: string;
}

/** The JSON form of a ToBeSigned (byte fields in standard base64), as `ccf-consortium prepare` prints it. */
export interface ToBeSignedJSON {
  algorithm: CoseAlgorithm;
  memberId: string;
  type: GovMessageType;
  createdAt: number;
  proposalId?: string;
  protectedHeader: string;
  payload: string;
  sigStructure: string;
  digest: string;
  certificatePem?: string;
}

interface State {
  header: GovHeader;
  protectedHeader: Uint8Array;
  payload: Uint8Array;
  sigStructure: Uint8Array;
  digest: Uint8Array;
  publicKey?: KeyObject;
}

/** The bytes behind every ToBeSigned this module handed out, untouchable by callers. */
const pristine = new WeakMap<ToBeSigned, State>();

/** Header + payload → protected header bytes and Sig_structure. Shared by sign, prepare and finish. */
export function buildUnsigned(header: GovHeader, payload: Uint8Array): { protectedHeader: Uint8Array; sigStructure: Uint8Array } {
  const protectedHeader = encodeProtectedHeader(header);
  return { protectedHeader, sigStructure: sigStructure(protectedHeader, payload) };
}

export function checkSignatureLength(algorithm: CoseAlgorithm, signature: Uint8Array, input = "signature"): void {
  const want = algorithmInfo(algorithm).signatureBytes;
  if (!(signature instanceof Uint8Array)) throw new InputError(input, "must be a byte array (raw r||s)");
  if (signature.length !== want) {
    const der = signature.length > 8 && signature[0] === 0x30 && signature[1] === signature.length - 2 ? "; it looks DER-encoded, CCF needs raw r||s (IEEE P1363)" : "";
    throw new InputError(input, `is ${signature.length} bytes; an ${algorithm} signature is ${want} bytes (raw r||s)${der}`);
  }
}

/**
 * Phase one of two-phase signing (keys in an HSM or Azure Key Vault): fixes the protected header
 * (created_at included) and returns the one immutable object that phase two consumes.
 */
export function prepareGovernanceMessage(options: PrepareOptions): ToBeSigned {
  const names = options.names ?? {};
  let algorithm = options.algorithm;
  let memberId = options.memberId;
  let certificatePem: string | undefined;
  let publicKey: KeyObject | undefined;
  if (options.certificatePem !== undefined) {
    const certInput = names.certificate ?? "certificate";
    const cert = loadCertificate(options.certificatePem, certInput);
    const certAlgorithm = algorithmForCurve(curveOf(cert, certInput));
    const certMemberId = memberIdOf(cert);
    if (algorithm !== undefined && algorithm !== certAlgorithm) {
      throw new InputError(names.certificate ?? "algorithm", `the certificate's key needs ${certAlgorithm}, not ${plain(algorithm)}`);
    }
    if (memberId !== undefined && (typeof memberId !== "string" || memberId.toLowerCase() !== certMemberId)) {
      throw new InputError(names.memberId ?? "memberId", `is not the member id of the certificate (${certMemberId})`);
    }
    algorithm = certAlgorithm;
    memberId = certMemberId;
    certificatePem = cert.toString().replace(/\r/g, "");
    publicKey = cert.publicKey;
  }
  if (algorithm === undefined) throw new InputError("algorithm", "is required when no certificate is given");
  if (memberId === undefined) throw new InputError(names.memberId ?? "memberId", "is required when no certificate is given");
  const header = normalizeGovHeader(
    { algorithm, memberId, type: options.type, createdAt: options.createdAt, proposalId: options.proposalId },
    names,
    options.now,
  );
  const payload = payloadBytes(options.payload, names.payload ?? "payload");
  const { protectedHeader, sigStructure: tbs } = buildUnsigned(header, payload);
  return register({ header, protectedHeader, payload, sigStructure: tbs, digest: digestFor(header.algorithm, tbs), publicKey }, certificatePem);
}

/**
 * Phase two: the COSE_Sign1 for a prepared object and a raw r||s signature over its digest. The header
 * bytes are the prepared ones; nothing is re-encoded. When prepare had the certificate, the signature is
 * checked against it, so a signature by the wrong key or over another digest fails here, not at the node.
 */
export function finishGovernanceMessage(tbs: ToBeSigned, signature: Uint8Array, options: { names?: InputNames } = {}): Uint8Array {
  const input = options.names?.signature ?? "signature";
  const state = pristine.get(tbs) ?? restore(tbs, "to-be-signed object").state;
  const sig = signature instanceof Uint8Array ? new Uint8Array(signature) : signature;
  checkSignatureLength(state.header.algorithm, sig, input);
  if (state.publicKey) {
    const ok = cryptoVerify(algorithmInfo(state.header.algorithm).hash, state.sigStructure, { key: state.publicKey, dsaEncoding: "ieee-p1363" }, sig);
    if (!ok) {
      throw new InputError(input, `does not verify against the signing certificate (member ${state.header.memberId}): it was made with another key or over another digest`);
    }
  }
  return encodeSign1(state.protectedHeader, state.payload, sig);
}

/** The JSON form of a ToBeSigned (for files and for `ccf-consortium prepare`). */
export function toBeSignedToJSON(tbs: ToBeSigned): ToBeSignedJSON {
  const state = pristine.get(tbs) ?? restore(tbs, "to-be-signed object").state;
  const b64 = (b: Uint8Array) => Buffer.from(b).toString("base64");
  const out: ToBeSignedJSON = {
    algorithm: state.header.algorithm,
    memberId: state.header.memberId,
    type: state.header.type,
    createdAt: state.header.createdAt,
    ...(state.header.proposalId !== undefined ? { proposalId: state.header.proposalId } : {}),
    protectedHeader: b64(state.protectedHeader),
    payload: b64(state.payload),
    sigStructure: b64(state.sigStructure),
    digest: b64(state.digest),
  };
  if (tbs.certificatePem !== undefined) out.certificatePem = tbs.certificatePem;
  return out;
}

/**
 * Rebuilds a ToBeSigned from its JSON form (e.g. a file written by `prepare`), checking that it is
 * self-consistent: the protected header decodes to the stated values, and the Sig_structure and digest are
 * the ones those bytes give. `input` names the source in errors.
 */
export function toBeSignedFromJSON(json: unknown, input = "prepared"): ToBeSigned {
  if (typeof json !== "object" || json === null) throw new InputError(input, "is not a JSON object");
  const j = json as Record<string, unknown>;
  const bytes = (field: string, required = true): Uint8Array | undefined => {
    const v = j[field];
    if (v === undefined && !required) return undefined;
    if (typeof v !== "string" || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(v)) throw new InputError(input, `field '${field}' must be a base64 string`);
    return new Uint8Array(Buffer.from(v.replace(/-/g, "+").replace(/_/g, "/"), "base64"));
  };
  const like = {
    algorithm: j.algorithm,
    memberId: j.memberId,
    type: j.type,
    createdAt: j.createdAt,
    proposalId: j.proposalId,
    protectedHeader: bytes("protectedHeader"),
    payload: bytes("payload"),
    sigStructure: bytes("sigStructure", false),
    digest: bytes("digest", false),
    certificatePem: j.certificatePem,
  } as unknown as ToBeSigned;
  return restore(like, input).tbs;
}

function register(state: State, certificatePem?: string): ToBeSigned {
  const h = state.header;
  const tbs: ToBeSigned = Object.freeze({
    algorithm: h.algorithm,
    memberId: h.memberId,
    type: h.type,
    createdAt: h.createdAt,
    ...(h.proposalId !== undefined ? { proposalId: h.proposalId } : {}),
    protectedHeader: new Uint8Array(state.protectedHeader),
    payload: new Uint8Array(state.payload),
    sigStructure: new Uint8Array(state.sigStructure),
    digest: new Uint8Array(state.digest),
    ...(certificatePem !== undefined ? { certificatePem } : {}),
  });
  pristine.set(tbs, state);
  return tbs;
}

/** Validates an object that claims to be a ToBeSigned but did not come from this module. */
function restore(tbs: ToBeSigned, input: string): { tbs: ToBeSigned; state: State } {
  const bad = (problem: string) => new InputError(input, problem);
  if (typeof tbs !== "object" || tbs === null) throw bad("is not a to-be-signed object");
  const { protectedHeader, payload } = tbs;
  if (!(protectedHeader instanceof Uint8Array) || !(payload instanceof Uint8Array)) throw bad("lacks the protectedHeader and payload bytes");
  let decoded;
  try {
    decoded = parseProtectedHeader(protectedHeader);
  } catch (err) {
    throw bad(`has a protected header that does not decode: ${(err as CcfConsortiumError).message}`);
  }
  const algorithm = algorithmInfo(tbs.algorithm, `${input} algorithm`);
  if (decoded.alg !== algorithm.coseId) throw bad(`says ${algorithm.name} but its protected header has alg ${decoded.alg}`);
  const header = normalizeGovHeader(
    { algorithm: algorithm.name, memberId: decoded.kid, type: decoded.msgType ?? "", createdAt: decoded.createdAt, proposalId: decoded.proposalId },
    { type: `${input} ccf.gov.msg.type`, proposalId: `${input} ccf.gov.msg.proposal_id`, createdAt: `${input} ccf.gov.msg.created_at`, memberId: `${input} kid` },
  );
  const same = (field: keyof GovHeader) => tbs[field] === undefined || tbs[field] === header[field];
  for (const field of ["memberId", "type", "createdAt", "proposalId"] as const) {
    if (!same(field)) throw bad(`says ${field} ${plain(tbs[field])} but its protected header has ${plain(header[field])}`);
  }
  const rebuilt = { protectedHeader: new Uint8Array(protectedHeader), sigStructure: sigStructure(protectedHeader, payload) };
  if (tbs.sigStructure !== undefined && !Buffer.from(tbs.sigStructure).equals(rebuilt.sigStructure)) throw bad("has a sigStructure that is not the one its protected header and payload give");
  const digest = digestFor(algorithm.name, rebuilt.sigStructure);
  if (tbs.digest !== undefined && !Buffer.from(tbs.digest).equals(digest)) throw bad("has a digest that is not the hash of its Sig_structure");
  let publicKey: KeyObject | undefined;
  let certificatePem: string | undefined;
  if (typeof tbs.certificatePem === "string") {
    const cert = loadCertificate(tbs.certificatePem, `${input} certificatePem`);
    if (memberIdOf(cert) !== header.memberId) throw bad(`has a certificate whose member id is not the kid ${header.memberId}`);
    publicKey = cert.publicKey;
    certificatePem = tbs.certificatePem;
  }
  const state: State = { header, protectedHeader: rebuilt.protectedHeader, payload: new Uint8Array(payload), sigStructure: rebuilt.sigStructure, digest, publicKey };
  return { tbs: register(state, certificatePem), state };
}

/** A header field's value for a message: a number or a short path-like string as it is, else its type. */
function plain(value: unknown): string {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && looksLikePath(value) && value.length <= 80 ? value : typeName(value);
}
