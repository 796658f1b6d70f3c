import { createRequire as __ccfCreateRequire } from 'node:module'; const require = __ccfCreateRequire(import.meta.url);
import {
  certificatePem,
  describeBlocks,
  loadCertificate,
  memberIdOf,
  pemBlocks,
  pemText
} from "./chunk-7IY7ICS4.js";
import {
  appendSummary,
  redact,
  safeMarkdown,
  safeText
} from "./chunk-DVVEQ537.js";
import {
  CcfConsortiumError,
  InputError,
  quoteValue,
  typeName
} from "./chunk-RGBX3ABY.js";

// core/cose/message-types.ts
var GOV_MESSAGE_TYPES = Object.freeze([
  "proposal",
  "ballot",
  "withdrawal",
  "state_digest",
  "ack",
  "recovery_share",
  "encrypted_recovery_share"
]);
var GOV_MESSAGE_TYPES_WITH_PROPOSAL_ID = Object.freeze(["ballot", "withdrawal"]);
function isGovMessageType(value) {
  return typeof value === "string" && GOV_MESSAGE_TYPES.includes(value);
}
function requiresProposalId(type) {
  return GOV_MESSAGE_TYPES_WITH_PROPOSAL_ID.includes(type);
}
function parseGovMessageType(value, input = "type") {
  if (isGovMessageType(value)) return value;
  throw new InputError(input, `unknown message type ${quoteValue(value, 64)} (expected one of: ${GOV_MESSAGE_TYPES.join(", ")})`);
}

// core/cose/algorithms.ts
import { createHash } from "node:crypto";

// core/identity/curves.ts
import { X509Certificate } from "node:crypto";
var CURVES = ["secp256r1", "secp384r1", "secp521r1"];
var ALGORITHM = { secp256r1: "ES256", secp384r1: "ES384", secp521r1: "ES512" };
var HASH = { ES256: "sha256", ES384: "sha384", ES512: "sha512" };
var FROM_OPENSSL = {
  prime256v1: "secp256r1",
  secp256r1: "secp256r1",
  "P-256": "secp256r1",
  secp384r1: "secp384r1",
  "P-384": "secp384r1",
  secp521r1: "secp521r1",
  "P-521": "secp521r1"
};
function algorithmForCurve(curve) {
  return ALGORITHM[curve];
}
function hashForAlgorithm(algorithm) {
  return HASH[algorithm];
}
function curveOf(keyOrCert, input) {
  const key = keyOrCert instanceof X509Certificate ? keyOrCert.publicKey : keyOrCert;
  const type = key.asymmetricKeyType;
  if (type !== "ec") {
    throw new InputError(
      input,
      `holds ${describeKeyType(type)} key; CCF member identities must be EC keys on ${CURVES.join(", ")}`,
      "UNSUPPORTED_KEY"
    );
  }
  const named = key.asymmetricKeyDetails?.namedCurve ?? "unknown";
  const curve = FROM_OPENSSL[named];
  if (!curve) {
    throw new InputError(
      input,
      `uses the EC curve ${named}, which CCF governance does not accept; use ${CURVES.join(", ")}`,
      "UNSUPPORTED_KEY"
    );
  }
  return curve;
}
function describeKeyType(type) {
  switch (type) {
    case "rsa":
      return "an RSA";
    case "rsa-pss":
      return "an RSA-PSS";
    case "ed25519":
      return "an Ed25519";
    case "ed448":
      return "an Ed448";
    case "x25519":
      return "an X25519";
    case "x448":
      return "an X448";
    case "dsa":
      return "a DSA";
    case "dh":
      return "a DH";
    default:
      return `a ${type ?? "non-asymmetric"}`;
  }
}

// core/cose/algorithms.ts
var TABLE = Object.freeze({
  ES256: Object.freeze({ name: "ES256", coseId: -7, hash: hashForAlgorithm("ES256"), signatureBytes: 64, digestBytes: 32 }),
  ES384: Object.freeze({ name: "ES384", coseId: -35, hash: hashForAlgorithm("ES384"), signatureBytes: 96, digestBytes: 48 }),
  ES512: Object.freeze({ name: "ES512", coseId: -36, hash: hashForAlgorithm("ES512"), signatureBytes: 132, digestBytes: 64 })
});
function isCoseAlgorithm(value) {
  return value === "ES256" || value === "ES384" || value === "ES512";
}
function algorithmInfo(algorithm, input = "algorithm") {
  if (!isCoseAlgorithm(algorithm)) {
    throw new InputError(input, `unsupported algorithm ${quoteValue(algorithm, 16)} (expected ES256, ES384 or ES512)`, "UNSUPPORTED_KEY");
  }
  return TABLE[algorithm];
}
function digestFor(algorithm, toBeSigned) {
  const { hash } = algorithmInfo(algorithm);
  return new Uint8Array(createHash(hash).update(toBeSigned).digest());
}

// core/cose/cbor.ts
var textEncoder = new TextEncoder();
var Writer = class {
  buf;
  len = 0;
  constructor(capacity = 256) {
    this.buf = new Uint8Array(capacity);
  }
  reserve(n) {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  /** Major type + argument, in the shortest form (RFC 8949 §4.2.1). */
  head(major, arg) {
    const m = major << 5;
    if (typeof arg === "bigint" || arg > 4294967295) {
      const v = BigInt(arg);
      this.reserve(9);
      this.buf[this.len++] = m | 27;
      for (let shift = 56n; shift >= 0n; shift -= 8n) this.buf[this.len++] = Number(v >> shift & 0xffn);
      return;
    }
    if (arg < 24) {
      this.reserve(1);
      this.buf[this.len++] = m | arg;
    } else if (arg < 256) {
      this.reserve(2);
      this.buf[this.len++] = m | 24;
      this.buf[this.len++] = arg;
    } else if (arg < 65536) {
      this.reserve(3);
      this.buf[this.len++] = m | 25;
      this.buf[this.len++] = arg >> 8;
      this.buf[this.len++] = arg & 255;
    } else {
      this.reserve(5);
      this.buf[this.len++] = m | 26;
      this.buf[this.len++] = arg >>> 24;
      this.buf[this.len++] = arg >> 16 & 255;
      this.buf[this.len++] = arg >> 8 & 255;
      this.buf[this.len++] = arg & 255;
    }
  }
  bytes(b) {
    this.reserve(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  value(v) {
    if (typeof v === "number") {
      if (!Number.isSafeInteger(v)) throw new TypeError(`cannot encode ${v}: only integers are emitted`);
      if (v >= 0) this.head(0, v);
      else this.head(1, -1 - v);
    } else if (typeof v === "bigint") {
      if (v >= 0n) this.head(0, v);
      else this.head(1, -1n - v);
    } else if (typeof v === "string") {
      const b = utf8(v);
      this.head(3, b.length);
      this.bytes(b);
    } else if (v instanceof Uint8Array) {
      this.head(2, v.length);
      this.bytes(v);
    } else if (Array.isArray(v)) {
      this.head(4, v.length);
      for (const item of v) this.value(item);
    } else if (v instanceof Map) {
      this.head(5, v.size);
      for (const [k, item] of v) {
        this.value(k);
        this.value(item);
      }
    } else if (v === null) {
      this.head(7, 22);
    } else if (v === true || v === false) {
      this.head(7, v ? 21 : 20);
    } else if (isTagged(v)) {
      this.head(6, v.tag);
      this.value(v.value);
    } else {
      throw new TypeError(`cannot encode a ${typeof v} as CBOR here`);
    }
  }
  result() {
    return this.buf.slice(0, this.len);
  }
};
function isTagged(v) {
  return typeof v === "object" && v !== null && typeof v.tag === "number" && "value" in v;
}
var textCache = /* @__PURE__ */ new Map();
function utf8(s) {
  let b = textCache.get(s);
  if (b === void 0) {
    b = textEncoder.encode(s);
    if (s.length <= 64 && textCache.size < 256) textCache.set(s, b);
  }
  return b;
}
function headSize(n) {
  return n < 24 ? 1 : n < 256 ? 2 : n < 65536 ? 3 : n <= 4294967295 ? 5 : 9;
}
function putByteString(out, at, b) {
  const n = b.length;
  if (n < 24) out[at++] = 64 | n;
  else if (n < 256) {
    out[at++] = 88;
    out[at++] = n;
  } else if (n < 65536) {
    out[at++] = 89;
    out[at++] = n >> 8;
    out[at++] = n & 255;
  } else if (n <= 4294967295) {
    out[at++] = 90;
    out[at++] = n >>> 24;
    out[at++] = n >> 16 & 255;
    out[at++] = n >> 8 & 255;
    out[at++] = n & 255;
  } else {
    throw new RangeError("byte string too long");
  }
  out.set(b, at);
  return at + n;
}
function encodePrefixedByteStrings(parts) {
  let size = 0;
  for (const p of parts) size += p instanceof Uint8Array ? headSize(p.length) + p.length : p.raw.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    if (p instanceof Uint8Array) at = putByteString(out, at, p);
    else {
      out.set(p.raw, at);
      at += p.raw.length;
    }
  }
  return out;
}
function encodeCbor(value, capacity) {
  const w = new Writer(capacity);
  w.value(value);
  return w.result();
}
function compareBytes(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return a.length - b.length;
}

// core/cose/envelope.ts
var COSE_SIGN1_TAG = 18;
var HEAD = { raw: Uint8Array.from([192 | COSE_SIGN1_TAG, 132]) };
var EMPTY_MAP = { raw: Uint8Array.from([160]) };
function encodeSign1(protectedHeader, payload, signature) {
  return encodePrefixedByteStrings([HEAD, protectedHeader, EMPTY_MAP, payload, signature]);
}

// core/cose/protected-header.ts
var HEADER_ALG = 1;
var HEADER_KID = 4;
var HEADER_MSG_TYPE = "ccf.gov.msg.type";
var HEADER_CREATED_AT = "ccf.gov.msg.created_at";
var HEADER_PROPOSAL_ID = "ccf.gov.msg.proposal_id";
var MAX_CREATED_AT = 9999999999;
var HEX64 = /^[0-9a-fA-F]{64}$/;
function normalizeMemberId(value, input = "memberId") {
  if (typeof value !== "string" || !HEX64.test(value)) {
    throw new InputError(input, "must be a member id: 64 hexadecimal characters (the SHA-256 of the member certificate)");
  }
  return value.toLowerCase();
}
function normalizeProposalId(value, input = "proposalId") {
  if (typeof value !== "string" || !HEX64.test(value)) {
    const shown = typeof value === "string" ? ` (got ${value.length} characters${/^[0-9a-fA-F]*$/.test(value) ? "" : ", not all hexadecimal"})` : "";
    throw new InputError(input, `must be a proposal id: 64 hexadecimal characters${shown}`);
  }
  return value.toLowerCase();
}
function normalizeCreatedAt(value, input = "createdAt", now = Date.now) {
  let seconds;
  if (value === void 0) seconds = Math.floor(now() / 1e3);
  else if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw new InputError(input, "is not a valid date");
    seconds = Math.floor(ms / 1e3);
  } else if (typeof value === "number") {
    if (!Number.isInteger(value)) throw new InputError(input, `must be a whole number of seconds since the Unix epoch (got ${Number.isFinite(value) ? value : String(value)})`);
    seconds = value;
  } else {
    throw new InputError(input, "must be a number of seconds since the Unix epoch or a Date");
  }
  if (seconds < 0) throw new InputError(input, `must not be before 1970-01-01T00:00:00Z (got ${seconds} seconds)`);
  if (seconds > MAX_CREATED_AT) throw new InputError(input, `is too large (${seconds} > ${MAX_CREATED_AT}; CCF refuses it)`);
  return seconds;
}
function normalizeGovHeader(input, names = {}, now) {
  if (!input || typeof input !== "object") throw new InputError("header", `must be an object (got ${typeName(input)})`);
  if (names === null || typeof names !== "object") names = {};
  const algorithm = algorithmInfo(input.algorithm).name;
  const memberId = normalizeMemberId(input.memberId, names.memberId ?? "memberId");
  const type = parseGovMessageType(input.type, names.type ?? "type");
  const createdAt = normalizeCreatedAt(input.createdAt, names.createdAt ?? "createdAt", now);
  const proposalName = names.proposalId ?? "proposalId";
  let proposalId;
  if (requiresProposalId(type)) {
    if (input.proposalId === void 0 || input.proposalId === "") {
      throw new InputError(proposalName, `is required for a ${type} message`);
    }
    proposalId = normalizeProposalId(input.proposalId, proposalName);
  } else if (input.proposalId !== void 0) {
    throw new InputError(proposalName, `is only used by ballot and withdrawal messages, not by a ${type} message`);
  }
  return Object.freeze(proposalId === void 0 ? { algorithm, memberId, type, createdAt } : { algorithm, memberId, type, createdAt, proposalId });
}
function encodeProtectedHeader(header) {
  const map = /* @__PURE__ */ new Map();
  for (const label of LABEL_ORDER) {
    const v = headerValue(header, label);
    if (v !== void 0) map.set(label, v);
  }
  return encodeCbor(map, 192);
}
function headerValue(header, label) {
  switch (label) {
    case HEADER_ALG:
      return algorithmInfo(header.algorithm).coseId;
    case HEADER_KID:
      return Buffer.from(header.memberId, "latin1");
    case HEADER_MSG_TYPE:
      return header.type;
    case HEADER_CREATED_AT:
      return header.createdAt;
    case HEADER_PROPOSAL_ID:
      return header.proposalId;
    default:
      return void 0;
  }
}
var LABEL_ORDER = sortForDeterministicEncoding(
  [HEADER_ALG, HEADER_KID, HEADER_MSG_TYPE, HEADER_CREATED_AT, HEADER_PROPOSAL_ID].map((k) => [k, void 0])
).map(([k]) => k);
function sortForDeterministicEncoding(entries) {
  return entries.map((entry) => ({ entry, key: encodeCbor(entry[0]) })).sort((a, b) => compareBytes(a.key, b.key)).map(({ entry }) => entry);
}

// core/cose/payload.ts
var EMPTY = new Uint8Array(0);
function payloadBytes(payload, input = "payload") {
  if (payload === void 0 || payload === null) return EMPTY;
  if (payload instanceof Uint8Array) return new Uint8Array(payload);
  if (typeof payload === "string") return new Uint8Array(Buffer.from(payload, "utf8"));
  if (payload instanceof ArrayBuffer) return new Uint8Array(payload.slice(0));
  let json;
  try {
    json = JSON.stringify(payload);
  } catch (err) {
    throw new InputError(input, `cannot be serialized as JSON: ${err.message}`);
  }
  if (json === void 0) throw new InputError(input, "cannot be serialized as JSON");
  return new Uint8Array(Buffer.from(json, "utf8"));
}

// core/cose/header-reader.ts
var utf82 = new TextDecoder("utf-8", { fatal: true });

// core/cose/decode.ts
var INT64_MAX = 2n ** 63n - 1n;

// core/cose/sig-structure.ts
var PREFIX = { raw: Uint8Array.from([132, 106, ...Buffer.from("Signature1", "ascii")]) };
var EMPTY_AAD = { raw: Uint8Array.from([64]) };
function sigStructure(protectedHeader, payload) {
  return encodePrefixedByteStrings([PREFIX, protectedHeader, EMPTY_AAD, payload]);
}

// core/cose/prepare.ts
function buildUnsigned(header, payload) {
  const protectedHeader = encodeProtectedHeader(header);
  return { protectedHeader, sigStructure: sigStructure(protectedHeader, payload) };
}

// core/cose/sign1.ts
async function signGovernanceMessage(signer, options) {
  const names = options.names ?? {};
  if (!signer || typeof signer.sign !== "function") throw new InputError("signer", "must provide sign(toBeSigned)");
  const header = normalizeGovHeader(
    {
      algorithm: signer.algorithm,
      memberId: signer.memberId,
      type: options.type,
      createdAt: options.createdAt,
      proposalId: options.proposalId
    },
    { ...names, memberId: "signer.memberId" },
    options.now
  );
  const payload = payloadBytes(options.payload, names.payload ?? "payload");
  const { protectedHeader, sigStructure: sigStructure2 } = buildUnsigned(header, payload);
  const signature = await signer.sign(sigStructure2);
  const want = algorithmInfo(header.algorithm).signatureBytes;
  if (!(signature instanceof Uint8Array) || signature.length !== want) {
    const got = signature instanceof Uint8Array ? `${signature.length} bytes` : typeof signature;
    throw new CcfConsortiumError("SIGNER", `the signer returned ${got}; an ${header.algorithm} signature is ${want} bytes (raw r||s)`);
  }
  return encodeSign1(protectedHeader, payload, signature);
}

// core/cose/local-signer.ts
import { KeyObject, sign as cryptoSign } from "node:crypto";

// core/identity/key-match.ts
import { createPublicKey } from "node:crypto";
function assertKeyMatchesCertificate(key, cert, names) {
  const publicKey = key.type === "private" ? createPublicKey(key) : key;
  if (!publicKey.equals(cert.publicKey)) {
    throw new InputError(
      names.keyInput,
      `does not match the certificate ${names.certInput} (its public key differs from the certificate's)`,
      "KEY_MISMATCH"
    );
  }
}

// core/identity/private-key.ts
import { createPrivateKey } from "node:crypto";
var PRIVATE_KEY_LABELS = ["PRIVATE KEY", "EC PRIVATE KEY", "RSA PRIVATE KEY"];
function loadPrivateKey(pem, input) {
  const text2 = pemText(pem, input);
  const blocks = pemBlocks(text2);
  if (blocks.some((b) => b.label === "ENCRYPTED PRIVATE KEY") || hasLegacyEncryption(text2)) {
    throw new InputError(input, "is an encrypted private key; decrypt it first (e.g. openssl pkey -in KEY -out PLAIN)");
  }
  const block = blocks.find((b) => PRIVATE_KEY_LABELS.includes(b.label));
  if (!block) {
    throw new InputError(
      input,
      `is not a PEM private key (expected a 'PRIVATE KEY', 'EC PRIVATE KEY' or 'RSA PRIVATE KEY' block, found ${describeBlocks(blocks)})`
    );
  }
  try {
    return createPrivateKey({ key: block.pem, format: "pem" });
  } catch {
    throw new InputError(input, `holds a '${block.label}' block that is not a valid private key`);
  }
}
function hasLegacyEncryption(text2) {
  for (let at = text2.indexOf("Proc-Type:"); at !== -1; at = text2.indexOf("Proc-Type:", at + 10)) {
    let i = at + 10;
    while (i < text2.length && (text2[i] === " " || text2[i] === "	")) i++;
    if (text2.startsWith("4,ENCRYPTED", i)) return true;
  }
  return false;
}

// core/cose/local-signer.ts
function localSigner(privateKeyPem, certificatePem2, options = {}) {
  const keyInput = options.keyInput ?? "private key";
  const certInput = options.certInput ?? "certificate";
  const key = privateKeyPem instanceof KeyObject ? privateKeyPem : loadPrivateKey(privateKeyPem, keyInput);
  if (key.type !== "private") throw new InputError(keyInput, "is not a private key");
  const cert = loadCertificate(certificatePem2, certInput);
  const keyCurve = curveOf(key, keyInput);
  curveOf(cert, certInput);
  assertKeyMatchesCertificate(key, cert, { keyInput, certInput });
  const algorithm = algorithmForCurve(keyCurve);
  const { hash } = algorithmInfo(algorithm);
  const signOptions = { key, dsaEncoding: "ieee-p1363" };
  return Object.freeze({
    algorithm,
    certificatePem: certificatePem(cert),
    memberId: memberIdOf(cert),
    sign(toBeSigned) {
      try {
        return Promise.resolve(cryptoSign(hash, toBeSigned, signOptions));
      } catch (err) {
        return Promise.reject(err);
      }
    }
  });
}

// core/cose/akv-signer.ts
import { verify as verifySignature } from "node:crypto";

// core/azure/credential.ts
var AZURE_CREDENTIALS = ["default", "cli", "workload", "managed", "env"];
var KNOWN_AUTHORITY_HOSTS = /* @__PURE__ */ new Set([
  "login.microsoftonline.com",
  "login.microsoft.com",
  "login.windows.net",
  "sts.windows.net",
  "login.chinacloudapi.cn",
  "login.microsoftonline.us",
  "login.usgovcloudapi.net",
  "login.microsoftonline.de"
]);
function parseAzureCredentialName(text2, input = "azure-credential") {
  const value = (text2 ?? "").trim().toLowerCase() || "default";
  if (!AZURE_CREDENTIALS.includes(value)) {
    throw new InputError(input, `is not a credential this tool knows (expected one of: ${AZURE_CREDENTIALS.join(", ")})`);
  }
  return value;
}
async function azureCredential(name, env = process.env) {
  const identity = await import("./esm-C3NEVD52.js");
  const options = { disableInstanceDiscovery: customAuthority(env.AZURE_AUTHORITY_HOST) };
  switch (name) {
    case "cli":
      return new identity.AzureCliCredential({ processTimeoutInMs: 3e4 });
    case "workload":
      return new identity.WorkloadIdentityCredential(options);
    case "managed":
      return env.AZURE_CLIENT_ID ? new identity.ManagedIdentityCredential({ clientId: env.AZURE_CLIENT_ID }) : new identity.ManagedIdentityCredential();
    case "env":
      return new identity.EnvironmentCredential(options);
    case "default":
      return new identity.DefaultAzureCredential(options);
  }
}
function staticTokenCredential(token) {
  const get = typeof token === "function" ? token : () => token;
  return {
    async getToken() {
      const value = await get();
      return { token: value, expiresOnTimestamp: Date.now() + 6e4, tokenType: "Bearer" };
    }
  };
}
function customAuthority(host) {
  if (!host) return false;
  try {
    return !KNOWN_AUTHORITY_HOSTS.has(new URL(host).hostname.toLowerCase());
  } catch {
    return false;
  }
}

// core/azure/bounded-http.ts
var MAX_VAULT_RESPONSE_BYTES = 256 * 1024;
function boundedHttpPolicy(options) {
  const maxBytes = options.maxBytes ?? MAX_VAULT_RESPONSE_BYTES;
  return {
    name: "ccfConsortiumBoundedHttp",
    async sendRequest(request, next) {
      request.timeout = request.timeout > 0 ? Math.min(request.timeout, options.timeoutMs) : options.timeoutMs;
      if (options.caPem) {
        const { rootCertificates } = await import("node:tls");
        request.tlsSettings = { ...request.tlsSettings, ca: [...rootCertificates, options.caPem] };
      }
      const streamed = request.streamResponseStatusCodes;
      request.streamResponseStatusCodes = /* @__PURE__ */ new Set([Number.POSITIVE_INFINITY]);
      let response;
      try {
        response = await next(request);
      } finally {
        request.streamResponseStatusCodes = streamed;
      }
      const stream = response.readableStreamBody;
      if (!stream || streamed?.has(response.status) || streamed?.has(Number.POSITIVE_INFINITY)) return response;
      response.bodyAsText = await readCapped(stream, maxBytes, new URL(request.url));
      response.readableStreamBody = void 0;
      return response;
    }
  };
}
async function readCapped(stream, maxBytes, url) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > maxBytes) {
      stream.destroy();
      throw new CcfConsortiumError("SIGNER", `${url.origin}${url.pathname}: the response is larger than ${maxBytes} bytes`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString("utf8");
}

// core/cose/akv-signer.ts
function parseKeyVaultKeyId(keyId, input = "key-vault-key-id") {
  let url;
  try {
    url = new URL(keyId.trim());
  } catch {
    throw new InputError(input, "is not a URL; expected https://<vault>.vault.azure.net/keys/<name>[/<version>]");
  }
  if (url.protocol !== "https:") throw new InputError(input, `must use https (got ${url.protocol.replace(":", "")})`);
  if (url.username || url.password || url.search || url.hash) {
    throw new InputError(input, "must not carry credentials, a query or a fragment");
  }
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts.length < 2 || parts.length > 3 || parts[0] !== "keys") {
    throw new InputError(input, "expected a key identifier of the form https://<vault>/keys/<name>[/<version>]");
  }
  return `${url.origin}/${parts.map(encodeURIComponent).join("/")}`;
}
var HASH_OF = { ES256: "sha256", ES384: "sha384", ES512: "sha512" };
function azureKeyVaultSigner(options) {
  const keyId = parseKeyVaultKeyId(options.keyId, options.names?.keyId);
  const certInput = options.names?.certificate ?? "signing-cert";
  const cert = loadCertificate(options.certificatePem, certInput);
  const algorithm = algorithmForCurve(curveOf(cert, certInput));
  const { signatureBytes } = algorithmInfo(algorithm);
  const memberId = memberIdOf(cert);
  const certificatePem2 = certificatePem(cert);
  const timeoutMs = options.timeoutMs ?? 6e4;
  const failed = (why) => new CcfConsortiumError("SIGNER", `Key Vault sign with ${keyId} failed: ${why}`);
  let client;
  const cryptographyClient = () => client ??= (async () => {
    const credential = options.token !== void 0 ? staticTokenCredential(options.token) : typeof options.credential === "object" ? options.credential : await azureCredential(options.credential ?? "default", options.env);
    const { CryptographyClient } = await import("./esm-H4QF6TLE.js");
    return new CryptographyClient(keyId, credential, {
      retryOptions: { maxRetries: 2, retryDelayInMs: 500, maxRetryDelayInMs: 4e3 },
      additionalPolicies: [{ policy: boundedHttpPolicy({ timeoutMs: Math.min(3e4, timeoutMs), caPem: options.caPem }), position: "perRetry" }],
      userAgentOptions: { userAgentPrefix: "ccf-consortium" }
    });
  })();
  return Object.freeze({
    algorithm,
    certificatePem: certificatePem2,
    memberId,
    async sign(toBeSigned) {
      const digest = digestFor(algorithm, toBeSigned);
      if (options.token !== void 0 && typeof options.token === "string" && !options.token) throw failed("the access token is empty");
      let signature;
      try {
        const c = await cryptographyClient();
        const res = await c.sign(algorithm, digest, { abortSignal: AbortSignal.timeout(timeoutMs) });
        signature = res.result;
      } catch (err) {
        if (err instanceof CcfConsortiumError) throw err;
        throw failed(describeAzureError(err, timeoutMs));
      }
      if (!(signature instanceof Uint8Array) || signature.length !== signatureBytes) {
        throw failed(`expected a ${signatureBytes}-byte ${algorithm} signature (raw r||s), got ${signature?.length ?? 0} bytes; is the vault key the certificate's key?`);
      }
      if (!verifySignature(HASH_OF[algorithm], toBeSigned, { key: cert.publicKey, dsaEncoding: "ieee-p1363" }, signature)) {
        throw new CcfConsortiumError("KEY_MISMATCH", `Key Vault key ${keyId} is not the key of the signing certificate (member ${memberId}): its signature does not verify`);
      }
      return new Uint8Array(signature);
    }
  });
}
function describeAzureError(err, timeoutMs) {
  const e = err;
  if (e?.name === "AbortError" || e?.name === "TimeoutError") return `no answer within ${Math.round(timeoutMs / 1e3)} s`;
  const first = (s) => s.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 3).join(" ").slice(0, 400);
  if (typeof e?.statusCode === "number") {
    const vault = e.details?.error;
    const code2 = vault?.code ?? (e.code && e.code !== "REQUEST_SEND_ERROR" ? e.code : void 0);
    const message = vault?.message ?? e.message ?? "";
    return `HTTP ${e.statusCode}${code2 || message ? ` (${[code2, first(message)].filter(Boolean).join(": ")})` : ""}`;
  }
  if (e?.name === "CredentialUnavailableError" || e?.name === "AuthenticationError" || e?.name === "AggregateAuthenticationError") {
    return `no Azure credential: ${first(e.message ?? "")}`;
  }
  const cause = err?.cause?.code;
  return first(cause ?? e?.code ?? e?.message ?? String(err));
}

// actions/render.ts
var MAX_CELL = 300;
function cell(value) {
  const s = value === void 0 || value === null ? "" : typeof value === "string" ? value : JSON.stringify(value);
  return safeMarkdown(s ?? "", { max: MAX_CELL });
}
function text(value) {
  return safeMarkdown(redact(value));
}
function safeBody(markdown) {
  return safeText(redact(markdown), { keepNewlines: true, max: Number.MAX_SAFE_INTEGER });
}
function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n") + "\n";
}
function code(value) {
  return `\`${safeText(value, { max: MAX_CELL }).replace(/`/g, "'")}\``;
}
function shortId(id) {
  return id.length > 16 ? `${id.slice(0, 12)}\u2026` : id;
}
async function writeSummary(markdown) {
  await appendSummary(safeBody(markdown));
}

export {
  loadPrivateKey,
  requiresProposalId,
  parseGovMessageType,
  normalizeMemberId,
  localSigner,
  signGovernanceMessage,
  parseAzureCredentialName,
  azureKeyVaultSigner,
  cell,
  text,
  safeBody,
  markdownTable,
  code,
  shortId,
  writeSummary
};
