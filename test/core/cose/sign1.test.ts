import { createPublicKey, verify as nodeVerify, X509Certificate } from "node:crypto";
import { Sign1 } from "@auth0/cose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  GOV_MESSAGE_TYPES,
  decodeSign1,
  localSigner,
  signGovernanceMessage,
  verifyGovernanceMessage,
  verifySign1,
  type GovMessageType,
} from "../../../core/cose/index.js";
import { CcfConsortiumError } from "../../../core/errors.js";
import { ALG_OF, CURVES, HASH_OF, identities, openssl, rawToDer, referenceSigStructure, type TestIdentity } from "./helpers.js";
import { tempDir } from "../../helpers/temp-dir.js";

const PROPOSAL_ID = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const COSE_ID = { ES256: -7, ES384: -35, ES512: -36 } as const;
const SIG_BYTES = { ES256: 64, ES384: 96, ES512: 132 } as const;

function payloadFor(type: GovMessageType): object | undefined {
  switch (type) {
    case "proposal":
      return { actions: [{ name: "set_member", args: { cert: "-----BEGIN CERTIFICATE-----\n..." } }] };
    case "ballot":
      return { ballot: "export function vote (proposal, proposerId) { return true }" };
    case "ack":
      return { stateDigest: "ab".repeat(32) };
    case "recovery_share":
      return { share: Buffer.from("share bytes").toString("base64") };
    default:
      return undefined; // withdrawal, state_digest, encrypted_recovery_share: empty payload
  }
}

describe("signGovernanceMessage: every message type on every curve", () => {
  let ids: Record<string, TestIdentity>;
  const tmp = tempDir("cose-sign1-");
  beforeAll(async () => {
    ids = await identities();
  });
  afterAll(() => tmp.cleanup());

  for (const curve of CURVES) {
    for (const type of GOV_MESSAGE_TYPES) {
      it(`${type} with ${curve} (${ALG_OF[curve]})`, async () => {
        const id = ids[curve]!;
        const signer = localSigner(id.privateKeyPem, id.certificatePem);
        expect(signer.algorithm).toBe(ALG_OF[curve]);
        const needsId = type === "ballot" || type === "withdrawal";
        const payload = payloadFor(type);
        const createdAt = 1_700_000_000 + CURVES.indexOf(curve);
        const msg = await signGovernanceMessage(signer, { type, payload, createdAt, ...(needsId ? { proposalId: PROPOSAL_ID } : {}) });

        // Envelope shape: tag 18 (0xd2), array of 4, protected bstr.
        expect(msg[0]).toBe(0xd2);
        expect(msg[1]).toBe(0x84);

        const decoded = decodeSign1(msg);
        expect(decoded.headers).toEqual({
          alg: COSE_ID[ALG_OF[curve]],
          kid: id.memberId,
          msgType: type,
          createdAt,
          ...(needsId ? { proposalId: PROPOSAL_ID } : {}),
        });
        const expectedPayload = payload === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(payload));
        expect(Buffer.from(decoded.payload).equals(expectedPayload)).toBe(true);
        expect(decoded.signature.length).toBe(SIG_BYTES[ALG_OF[curve]]);

        // Our verifier.
        expect(verifySign1(decoded, id.certificatePem)).toBe(true);
        const result = verifyGovernanceMessage(msg, id.certificatePem, { expectedType: type });
        expect(result).toMatchObject({ valid: true, memberId: id.memberId });

        // An independent verifier: @auth0/cose (its own CBOR decoding and Sig_structure).
        await expect(Sign1.decode(msg).verify(createPublicKey(id.certificatePem))).resolves.toBeUndefined();

        // openssl over an independently built Sig_structure, with the r||s signature converted to DER.
        const tbsPath = tmp.write(`${curve}-${type}.tbs`, referenceSigStructure(decoded.protectedBytes, decoded.payload));
        const sigPath = tmp.write(`${curve}-${type}.sig`, rawToDer(decoded.signature));
        const pubPath = tmp.write(`${curve}.pub.pem`, createPublicKey(id.certificatePem).export({ type: "spki", format: "pem" }) as string);
        const out = openssl(["dgst", `-${HASH_OF[curve]}`, "-verify", pubPath, "-signature", sigPath, tbsPath]).toString();
        expect(out.trim()).toBe("Verified OK");

        // Flipping any single byte breaks decoding or verification (certificate parsed once for speed).
        const x509 = new X509Certificate(id.certificatePem);
        for (let i = 0; i < msg.length; i++) {
          const bad = new Uint8Array(msg);
          bad[i]! ^= 0x01;
          let ok: boolean;
          try {
            ok = verifyGovernanceMessage(bad, x509, { expectedType: type }).valid;
          } catch (err) {
            expect(err).toBeInstanceOf(CcfConsortiumError);
            expect((err as CcfConsortiumError).code).toBe("COSE_MALFORMED");
            ok = false;
          }
          if (ok) throw new Error(`flipping byte ${i} of ${msg.length} still verifies`);
        }
      });
    }
  }

  it("a signature in DER fails, the same signature as r||s verifies", async () => {
    const id = ids.secp384r1!;
    const msg = await signGovernanceMessage(localSigner(id.privateKeyPem, id.certificatePem), { type: "proposal", payload: "{}" });
    const decoded = decodeSign1(msg);
    expect(verifySign1(decoded, id.certificatePem)).toBe(true);
    const der = rawToDer(decoded.signature);
    expect(nodeVerify("sha384", referenceSigStructure(decoded.protectedBytes, decoded.payload), createPublicKey(id.certificatePem), der)).toBe(true);
    expect(verifySign1({ ...decoded, signature: new Uint8Array(der) }, id.certificatePem)).toBe(false);
  });

  it("verifySign1 refuses another member's certificate and an alg that does not match the key's curve", async () => {
    const a = ids.secp384r1!;
    const b = ids.secp256r1!;
    const msg = await signGovernanceMessage(localSigner(a.privateKeyPem, a.certificatePem), { type: "ack", payload: { stateDigest: "00" } });
    const decoded = decodeSign1(msg);
    expect(verifySign1(decoded, b.certificatePem)).toBe(false);
    const r = verifyGovernanceMessage(msg, b.certificatePem);
    expect(r.valid).toBe(false);
    expect(r.reason).toBe(`Signer is not a known member: kid "${a.memberId}" is not the certificate's member id ${b.memberId}`);
    // alg claims ES256 while the key is P-384: refused before any signature check.
    expect(verifySign1({ ...decoded, headers: { ...decoded.headers, alg: -7 } }, a.certificatePem)).toBe(false);
    expect(verifySign1({ ...decoded, headers: { ...decoded.headers, alg: -8 } }, a.certificatePem)).toBe(false);
  });

  it("verifyGovernanceMessage reports the message type checks with CCF's words", async () => {
    const id = ids.secp256r1!;
    const signer = localSigner(id.privateKeyPem, id.certificatePem);
    const msg = await signGovernanceMessage(signer, { type: "withdrawal", proposalId: PROPOSAL_ID });
    expect(verifyGovernanceMessage(msg, id.certificatePem, { expectedType: "ballot" }).reason).toBe(
      "Found ccf.gov.msg.type set to withdrawal, expected ccf.gov.msg.type to be ballot",
    );
    expect(verifyGovernanceMessage(msg, id.certificatePem, { expectedType: "withdrawal", expectedProposalId: PROPOSAL_ID }).valid).toBe(true);
    expect(verifyGovernanceMessage(msg, id.certificatePem, { expectedProposalId: "0".repeat(64) }).reason).toBe(
      `Authenticated proposal id (${PROPOSAL_ID}) does not match URL (${"0".repeat(64)})`,
    );
  });

  it("payloads: bytes as given, strings as UTF-8, objects as JSON, nothing as an empty byte string", async () => {
    const id = ids.secp384r1!;
    const signer = localSigner(id.privateKeyPem, id.certificatePem);
    const bytes = new Uint8Array([0, 1, 2, 255]);
    const cases: [unknown, Buffer][] = [
      [bytes, Buffer.from(bytes)],
      ["héllo", Buffer.from("héllo", "utf8")],
      [{ a: [1, "b"] }, Buffer.from('{"a":[1,"b"]}')],
      [undefined, Buffer.alloc(0)],
    ];
    for (const [payload, want] of cases) {
      const msg = await signGovernanceMessage(signer, { type: "proposal", payload: payload as object });
      expect(Buffer.from(decodeSign1(msg).payload).equals(want)).toBe(true);
    }
    // The empty payload is h'' (0x40) in the message, never nil (0xf6).
    const empty = await signGovernanceMessage(signer, { type: "state_digest" });
    const d = decodeSign1(empty);
    const tail = Buffer.from(empty).subarray(empty.length - d.signature.length - 3, empty.length - d.signature.length - 2);
    expect(tail[0]).toBe(0x40);
  });

  it("created_at defaults to now, in whole seconds", async () => {
    const id = ids.secp256r1!;
    const signer = localSigner(id.privateKeyPem, id.certificatePem);
    const msg = await signGovernanceMessage(signer, { type: "proposal", now: () => 1_234_567_890_999 });
    expect(decodeSign1(msg).headers.createdAt).toBe(1_234_567_890);
    const before = Math.floor(Date.now() / 1000);
    const msg2 = await signGovernanceMessage(signer, { type: "proposal" });
    const after = Math.floor(Date.now() / 1000);
    const t = decodeSign1(msg2).headers.createdAt;
    expect(t >= before && t <= after).toBe(true);
  });
});
