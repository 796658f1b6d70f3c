/**
 * Inputs for the fuzz suite: real keys and certificates (so that no key body line may ever show up in an
 * error message), mutations of them, random text and bytes, CBOR of random values, JSON-like values of
 * every type, and a few huge or deeply nested values.
 */
import { encode } from "cbor-x";
import fc from "fast-check";
import { generateEncryptionKeyPair, generateMemberIdentity, localSigner, signGovernanceMessage } from "../../core/index.js";

export interface Seeds {
  certificates: string[];
  privateKeys: string[];
  encryptionPrivateKeys: string[];
  encryptionPublicKeys: string[];
  /** Signed governance messages (COSE_Sign1) by the first identity. */
  messages: Uint8Array[];
  /** Lines of private key bodies: none may appear in any error message. */
  secretLines: string[];
}

export async function makeSeeds(): Promise<Seeds> {
  const identities = await Promise.all((["secp256r1", "secp384r1", "secp521r1"] as const).map((curve, i) => generateMemberIdentity({ name: `fuzz${i}`, curve })));
  const enc = await generateEncryptionKeyPair();
  const signer = localSigner(identities[1]!.privateKeyPem, identities[1]!.certificatePem);
  const messages = [
    await signGovernanceMessage(signer, { type: "proposal", payload: { actions: [] }, createdAt: 1_700_000_000 }),
    await signGovernanceMessage(signer, { type: "ballot", proposalId: "a".repeat(64), payload: "export function vote() { return true }", createdAt: 1_700_000_000 }),
    await signGovernanceMessage(signer, { type: "ack", payload: { state_digest: "00" }, createdAt: 1_700_000_000 }),
  ];
  const privateKeys = identities.map((i) => i.privateKeyPem);
  const secretLines = [...privateKeys, enc.privateKeyPem]
    .flatMap((pem) => pem.split("\n"))
    .map((l) => l.trim())
    .filter((l) => l.length >= 16 && !l.startsWith("-----"));
  return {
    certificates: identities.map((i) => i.certificatePem),
    privateKeys,
    encryptionPrivateKeys: [enc.privateKeyPem],
    encryptionPublicKeys: [enc.publicKeyPem],
    messages,
    secretLines,
  };
}

/** One mutation of a text: truncate, flip a character, duplicate or drop a line, change a label, CRLF. */
function mutateText(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(text, fc.nat(), fc.nat(), fc.integer({ min: 0, max: 8 }), fc.string({ maxLength: 4 })).map(([t, a, b, op, junk]) => {
    const i = t.length ? a % t.length : 0;
    const lines = t.split("\n");
    const j = lines.length ? b % lines.length : 0;
    switch (op) {
      case 0:
        return t.slice(0, i);
      case 1:
        return t.slice(0, i) + junk + t.slice(i + 1);
      case 2:
        return [...lines.slice(0, j), lines[j] ?? "", ...lines.slice(j)].join("\n");
      case 3:
        return [...lines.slice(0, j), ...lines.slice(j + 1)].join("\n");
      case 4:
        return t.replace("CERTIFICATE", junk.toUpperCase() || "X").replace("PRIVATE KEY", "CERTIFICATE");
      case 5:
        return t.replace(/\n/g, "\r\n");
      case 6:
        return t + t;
      case 7:
        return t.slice(0, i) + "-----BEGIN CERTIFICATE-----\n" + t.slice(i);
      default:
        return t.slice(i) + t.slice(0, i);
    }
  });
}

function mutateBytes(bytes: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> {
  return fc.tuple(bytes, fc.nat(), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 3 })).map(([b, a, v, op]) => {
    const out = Uint8Array.from(b);
    const i = out.length ? a % out.length : 0;
    if (op === 0) return out.subarray(0, i);
    if (op === 1) {
      out[i] = v;
      return out;
    }
    if (op === 2) return Uint8Array.from([...out.subarray(0, i), v, ...out.subarray(i)]);
    return Uint8Array.from([...out.subarray(i), ...out.subarray(0, i)]);
  });
}

/** Values of every JSON and non-JSON type, small and occasionally huge or deep. */
export function anyValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.anything({ maxDepth: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true }) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(deepArray(20_000), deepObject(20_000), "x".repeat(300_000), new Array(100_000).fill(0), Symbol("s"), () => 1, NaN, -0, Infinity) },
  );
}

function deepArray(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

function deepObject(depth: number): unknown {
  let v: unknown = {};
  for (let i = 0; i < depth; i++) v = { a: v, members: v };
  return v;
}

/** Text that might be PEM: real keys and certificates, mutated, random, and adversarial. */
export function pemText(seeds: Seeds): fc.Arbitrary<string> {
  const real = fc.constantFrom(...seeds.certificates, ...seeds.privateKeys, ...seeds.encryptionPrivateKeys, ...seeds.encryptionPublicKeys);
  return fc.oneof(
    { weight: 3, arbitrary: real },
    { weight: 6, arbitrary: mutateText(real) },
    { weight: 2, arbitrary: mutateText(mutateText(real)) },
    { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
    { weight: 1, arbitrary: fc.tuple(real, real).map(([a, b]) => a + b) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }).map((n) => "-----BEGIN CERTIFICATE-----\n".repeat(n)) },
  );
}

/** PEM text, or bytes, or any other value (wrong types). */
export function pemInput(seeds: Seeds): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 6, arbitrary: pemText(seeds) }, { weight: 1, arbitrary: pemText(seeds).map((s) => Buffer.from(s, "latin1")) }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) }, { weight: 1, arbitrary: anyValue() });
}

/** Bytes that might be a COSE_Sign1: real messages, mutated, CBOR of random values, random bytes. */
export function coseBytes(seeds: Seeds): fc.Arbitrary<unknown> {
  const real = fc.constantFrom(...seeds.messages);
  return fc.oneof(
    { weight: 2, arbitrary: real },
    { weight: 6, arbitrary: mutateBytes(real) },
    { weight: 2, arbitrary: mutateBytes(mutateBytes(real)) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => new Uint8Array(encode(v))) },
    { weight: 2, arbitrary: fc.tuple(fc.jsonValue({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 })).map(([a, b]) => new Uint8Array(encode([encode(a), a, b, encode(b)]))) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }) },
    { weight: 1, arbitrary: anyValue() },
  );
}

/** Text that might be a manifest: valid-looking YAML with odd values, random text, aliases, anchors. */
export function manifestText(seeds: Seeds): fc.Arbitrary<unknown> {
  const value = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...seeds.privateKeys.map((k) => JSON.stringify(k)), "*a", "&a x", "[*a, *a]", "{}", "null", "~", "!!binary AAAA", "1e999", "0x10"));
  const entry = fc.tuple(fc.constantFrom("name", "certificate", "encryption_public_key", "member_data", "recovery_role", "cert", "<<"), value).map(([k, v]) => `    ${k}: ${v}`);
  const member = fc.array(entry, { maxLength: 5 }).map((lines) => `  - ${lines.join("\n").trimStart()}`);
  const yaml = fc.tuple(fc.constantFrom("members:", "recovery_threshold: 2\nmembers:", "&a members:", "members: &a"), fc.array(member, { maxLength: 4 })).map(([head, ms]) => `${head}\n${ms.join("\n")}\n`);
  return fc.oneof(
    { weight: 4, arbitrary: yaml },
    { weight: 3, arbitrary: mutateText(yaml) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 5_000 }).map((n) => `members: &a [${Array(n).fill("*a").join(",")}]`) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 50_000 }).map((n) => `members: ${"[".repeat(n)}${"]".repeat(n)}`) },
    { weight: 1, arbitrary: anyValue() },
  );
}

/** A node's reply body: JSON of plausible and implausible shapes, truncated JSON, HTML, garbage. */
export function replyJson(): fc.Arbitrary<unknown> {
  const field = fc.constantFrom("proposal_id", "proposalId", "state", "ballot_count", "memberId", "status", "cert", "member_data", "encryptionPublicKey", "stateDigest", "state_digest", "message", "value", "failure", "voteFailures", "final_votes", "recoveryThreshold", "serviceStatus", "nodes", "node_id", "quote_info");
  const record = fc.dictionary(field, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 });
  return fc.oneof(
    { weight: 4, arbitrary: record },
    { weight: 2, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), record, { maxKeys: 3 }) },
    { weight: 2, arbitrary: fc.record({ value: fc.array(record, { maxLength: 3 }), nextLink: fc.option(fc.string({ maxLength: 10 })) }) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: anyValue() },
  );
}

export function replyBody(): fc.Arbitrary<Buffer> {
  return fc.oneof(
    { weight: 4, arbitrary: replyJson().map((v) => Buffer.from(safeStringify(v))) },
    { weight: 1, arbitrary: replyJson().map((v) => Buffer.from(safeStringify(v).slice(0, 7))) },
    { weight: 1, arbitrary: fc.constantFrom(Buffer.from("<html><body>502 Bad Gateway</body></html>"), Buffer.from("\u001b[2J\u001b]0;pwned\u0007"), Buffer.alloc(0)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)) },
  );
}

function safeStringify(v: unknown): string {
  try {
    return JSON.stringify(v) ?? "null";
  } catch {
    return "{";
  }
}
