import { createHash, createPublicKey, generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { Sign1 } from "@auth0/cose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  decodeSign1,
  finishGovernanceMessage,
  localSigner,
  prepareGovernanceMessage,
  signGovernanceMessage,
  toBeSignedFromJSON,
  toBeSignedToJSON,
  verifyGovernanceMessage,
} from "../../../core/cose/index.js";
import { InputError } from "../../../core/errors.js";
import { ALG_OF, CURVES, HASH_OF, derToRaw, identities, openssl, type TestIdentity } from "./helpers.js";
import { tempDir } from "../../helpers/temp-dir.js";

const PROPOSAL_ID = "5ca1ab1e".repeat(8);
const SIZE = { secp256r1: 32, secp384r1: 48, secp521r1: 66 } as const;

describe("prepare -> external signature -> finish", () => {
  let ids: Record<string, TestIdentity>;
  const tmp = tempDir("cose-prepare-");
  beforeAll(async () => {
    ids = await identities();
  });
  afterAll(() => tmp.cleanup());

  /** An HSM stand-in: `openssl pkeyutl -sign` signs the digest exactly as given (no hashing), DER out. */
  function externalSign(id: TestIdentity, digest: Uint8Array): Uint8Array {
    const keyPath = tmp.write(`${id.curve}.key.pem`, id.privateKeyPem, true);
    const digestPath = tmp.write(`${id.curve}.digest`, digest);
    const der = openssl(["pkeyutl", "-sign", "-inkey", keyPath, "-in", digestPath]);
    return derToRaw(der, SIZE[id.curve as keyof typeof SIZE]);
  }

  for (const curve of CURVES) {
    it(`${curve}: same header bytes as sign, verifies everywhere`, async () => {
      const id = ids[curve]!;
      const opts = { type: "ballot", proposalId: PROPOSAL_ID, payload: { ballot: "export function vote() { return true }" }, createdAt: 1_750_000_000 };
      const tbs = prepareGovernanceMessage({ certificatePem: id.certificatePem, ...opts });
      expect(Object.isFrozen(tbs)).toBe(true);
      expect(tbs.algorithm).toBe(ALG_OF[curve]);
      expect(tbs.memberId).toBe(id.memberId);
      expect(Buffer.from(tbs.digest).equals(createHash(HASH_OF[curve]).update(tbs.sigStructure).digest())).toBe(true);

      const msg = finishGovernanceMessage(tbs, externalSign(id, tbs.digest));
      const decoded = decodeSign1(msg);
      expect(Buffer.from(decoded.protectedBytes).equals(Buffer.from(tbs.protectedHeader))).toBe(true);
      expect(verifyGovernanceMessage(msg, id.certificatePem, { expectedType: "ballot", expectedProposalId: PROPOSAL_ID }).valid).toBe(true);
      await expect(Sign1.decode(msg).verify(createPublicKey(id.certificatePem))).resolves.toBeUndefined();

      // sign() with the same inputs: identical except for the signature.
      const signed = decodeSign1(await signGovernanceMessage(localSigner(id.privateKeyPem, id.certificatePem), opts));
      expect(Buffer.from(signed.protectedBytes).equals(Buffer.from(decoded.protectedBytes))).toBe(true);
      expect(Buffer.from(signed.payload).equals(Buffer.from(decoded.payload))).toBe(true);
      const sigLen = decoded.signature.length;
      expect(Buffer.from(msg).subarray(0, msg.length - sigLen).equals(Buffer.from(await signGovernanceMessage(localSigner(id.privateKeyPem, id.certificatePem), opts)).subarray(0, msg.length - sigLen))).toBe(true);
    });
  }

  it("survives a JSON round trip (the CLI's prepared file)", () => {
    const id = ids.secp384r1!;
    const tbs = prepareGovernanceMessage({ certificatePem: id.certificatePem, type: "proposal", payload: '{"actions":[]}', createdAt: 1_750_000_001 });
    const back = toBeSignedFromJSON(JSON.parse(JSON.stringify(toBeSignedToJSON(tbs))));
    expect(Buffer.from(back.protectedHeader).equals(Buffer.from(tbs.protectedHeader))).toBe(true);
    const msg = finishGovernanceMessage(back, externalSign(id, back.digest));
    expect(verifyGovernanceMessage(msg, id.certificatePem, { expectedType: "proposal" }).valid).toBe(true);
  });

  it("headers cannot drift: changing the object's bytes changes nothing finish emits", () => {
    const id = ids.secp384r1!;
    const tbs = prepareGovernanceMessage({ certificatePem: id.certificatePem, type: "proposal", payload: "{}", createdAt: 1_750_000_002 });
    const original = Buffer.from(tbs.protectedHeader);
    const signature = externalSign(id, tbs.digest);
    tbs.protectedHeader.fill(0);
    tbs.payload.fill(0);
    expect(() => {
      (tbs as { createdAt: number }).createdAt = 1;
    }).toThrow(TypeError);
    const decoded = decodeSign1(finishGovernanceMessage(tbs, signature));
    expect(Buffer.from(decoded.protectedBytes).equals(original)).toBe(true);
    expect(Buffer.from(decoded.payload).toString()).toBe("{}");
  });

  it("a tampered prepared file is refused", () => {
    const id = ids.secp256r1!;
    const json = toBeSignedToJSON(prepareGovernanceMessage({ certificatePem: id.certificatePem, type: "proposal", payload: "{}", createdAt: 1_750_000_003 }));
    expect(() => toBeSignedFromJSON({ ...json, createdAt: 1_750_000_004 }, "prep.json")).toThrow(
      new InputError("prep.json", "says createdAt 1750000004 but its protected header has 1750000003"),
    );
    expect(() => toBeSignedFromJSON({ ...json, payload: Buffer.from("{ }").toString("base64") }, "prep.json")).toThrow(
      new InputError("prep.json", "has a sigStructure that is not the one its protected header and payload give"),
    );
    expect(() => toBeSignedFromJSON({ ...json, digest: Buffer.alloc(32).toString("base64") }, "prep.json")).toThrow(
      new InputError("prep.json", "has a digest that is not the hash of its Sig_structure"),
    );
  });

  it("signatures of the wrong length, in DER, or by another key are refused", () => {
    const id = ids.secp384r1!;
    const tbs = prepareGovernanceMessage({ certificatePem: id.certificatePem, type: "proposal", createdAt: 1_750_000_005 });
    expect(() => finishGovernanceMessage(tbs, new Uint8Array(64))).toThrow(new InputError("signature", "is 64 bytes; an ES384 signature is 96 bytes (raw r||s)"));
    const keyPath = tmp.write("der.key.pem", id.privateKeyPem, true);
    const der = openssl(["pkeyutl", "-sign", "-inkey", keyPath, "-in", tmp.write("der.digest", tbs.digest)]);
    expect(() => finishGovernanceMessage(tbs, der, { names: { signature: "--signature sig.json" } })).toThrow(
      new InputError("--signature sig.json", `is ${der.length} bytes; an ES384 signature is 96 bytes (raw r||s); it looks DER-encoded, CCF needs raw r||s (IEEE P1363)`),
    );
    const other = { ...id, privateKeyPem: generateKeyPairSync("ec", { namedCurve: "secp384r1" }).privateKey.export({ type: "pkcs8", format: "pem" }) as string };
    expect(() => finishGovernanceMessage(tbs, externalSign(other, tbs.digest))).toThrow(
      new InputError("signature", `does not verify against the signing certificate (member ${id.memberId}): it was made with another key or over another digest`),
    );
  });

  it("hashes with the alg's hash, not the certificate's signature hash (P-384 key in a SHA-256-signed cert)", () => {
    const keyPath = tmp.write("mixed.key.pem", "", true);
    const certPath = `${tmp.dir}/mixed.cert.pem`;
    openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384", "-sha256", "-nodes", "-keyout", keyPath, "-out", certPath, "-days", "1", "-subj", "/CN=mixed"]);
    const certPem = readFileSync(certPath, "utf8");
    expect(openssl(["x509", "-in", certPath, "-noout", "-text"]).toString()).toContain("ecdsa-with-SHA256");
    const tbs = prepareGovernanceMessage({ certificatePem: certPem, type: "proposal", createdAt: 1_750_000_006 });
    expect(tbs.algorithm).toBe("ES384");
    expect(Buffer.from(tbs.digest).equals(createHash("sha384").update(tbs.sigStructure).digest())).toBe(true);
    const id: TestIdentity = { curve: "secp384r1", privateKeyPem: readFileSync(keyPath, "utf8"), certificatePem: certPem, memberId: tbs.memberId };
    const msg = finishGovernanceMessage(tbs, externalSign(id, tbs.digest));
    expect(verifyGovernanceMessage(msg, certPem).valid).toBe(true);
  });

  it("without a certificate: algorithm and member id given, finish does not check the signature", () => {
    const id = ids.secp521r1!;
    const tbs = prepareGovernanceMessage({ algorithm: "ES512", memberId: id.memberId, type: "state_digest", createdAt: 1_750_000_007 });
    expect(tbs.certificatePem).toBeUndefined();
    const msg = finishGovernanceMessage(tbs, externalSign(id, tbs.digest));
    expect(verifyGovernanceMessage(msg, id.certificatePem, { expectedType: "state_digest" }).valid).toBe(true);
    expect(() => prepareGovernanceMessage({ certificatePem: id.certificatePem, algorithm: "ES256", type: "ack" })).toThrow(
      new InputError("algorithm", "the certificate's key needs ES512, not ES256"),
    );
  });
});
