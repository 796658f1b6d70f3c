import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localSigner, prepareGovernanceMessage, signGovernanceMessage, type Signer } from "../../../core/cose/index.js";
import { CcfConsortiumError, InputError } from "../../../core/errors.js";
import { identities, openssl, type TestIdentity } from "./helpers.js";
import { tempDir } from "../../helpers/temp-dir.js";

const PID = "ab".repeat(32);

async function rejects(p: Promise<unknown> | (() => unknown), input: string, problem: string, code = "INVALID_INPUT"): Promise<void> {
  let caught: unknown;
  try {
    await (typeof p === "function" ? p() : p);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(InputError);
  expect((caught as InputError).input).toBe(input);
  expect((caught as InputError).message).toBe(`${input}: ${problem}`);
  expect((caught as InputError).code).toBe(code);
}

describe("bad input to the envelope", () => {
  let ids: Record<string, TestIdentity>;
  let signer: Signer;
  const tmp = tempDir("cose-inputs-");
  beforeAll(async () => {
    ids = await identities();
    signer = localSigner(ids.secp384r1!.privateKeyPem, ids.secp384r1!.certificatePem);
  });
  afterAll(() => tmp.cleanup());

  it("unknown message types", async () => {
    await rejects(signGovernanceMessage(signer, { type: "vote" }), "type",
      "unknown message type 'vote' (expected one of: proposal, ballot, withdrawal, state_digest, ack, recovery_share, encrypted_recovery_share)");
    await rejects(signGovernanceMessage(signer, { type: "Proposal" }), "type",
      "unknown message type 'Proposal' (expected one of: proposal, ballot, withdrawal, state_digest, ack, recovery_share, encrypted_recovery_share)");
  });

  it("ballot and withdrawal need a proposal id; others refuse one", async () => {
    await rejects(signGovernanceMessage(signer, { type: "ballot", payload: { ballot: "" } }), "proposalId", "is required for a ballot message");
    await rejects(signGovernanceMessage(signer, { type: "withdrawal" }), "proposalId", "is required for a withdrawal message");
    await rejects(signGovernanceMessage(signer, { type: "proposal", proposalId: PID }), "proposalId", "is only used by ballot and withdrawal messages, not by a proposal message");
  });

  it("proposal ids that are not 64 hex characters", async () => {
    await rejects(signGovernanceMessage(signer, { type: "ballot", proposalId: PID.slice(1) }), "proposalId", "must be a proposal id: 64 hexadecimal characters (got 63 characters)");
    await rejects(signGovernanceMessage(signer, { type: "ballot", proposalId: "z" + PID.slice(1) }), "proposalId", "must be a proposal id: 64 hexadecimal characters (got 64 characters, not all hexadecimal)");
    await rejects(signGovernanceMessage(signer, { type: "withdrawal", proposalId: `${PID} ` }), "proposalId", "must be a proposal id: 64 hexadecimal characters (got 65 characters, not all hexadecimal)");
  });

  it("created_at: negative, fractional, too large, invalid dates", async () => {
    await rejects(signGovernanceMessage(signer, { type: "proposal", createdAt: -1 }), "createdAt", "must not be before 1970-01-01T00:00:00Z (got -1 seconds)");
    await rejects(signGovernanceMessage(signer, { type: "proposal", createdAt: new Date("1969-12-31T23:59:59Z") }), "createdAt", "must not be before 1970-01-01T00:00:00Z (got -1 seconds)");
    await rejects(signGovernanceMessage(signer, { type: "proposal", createdAt: 1.5 }), "createdAt", "must be a whole number of seconds since the Unix epoch (got 1.5)");
    await rejects(signGovernanceMessage(signer, { type: "proposal", createdAt: 10_000_000_000 }), "createdAt", "is too large (10000000000 > 9999999999; CCF refuses it)");
    await rejects(signGovernanceMessage(signer, { type: "proposal", createdAt: new Date("not a date") }), "createdAt", "is not a valid date");
  });

  it("a key that does not match the certificate", () => {
    const a = ids.secp384r1!;
    const b = ids.secp256r1!;
    const other = generateKeyPairSync("ec", { namedCurve: "secp384r1" }).privateKey.export({ type: "pkcs8", format: "pem" }) as string;
    return Promise.all([
      rejects(() => localSigner(other, a.certificatePem, { keyInput: "--signing-key k.pem", certInput: "--signing-cert c.pem" }), "--signing-key k.pem",
        "does not match the certificate --signing-cert c.pem (its public key differs from the certificate's)", "KEY_MISMATCH"),
      rejects(() => localSigner(a.privateKeyPem, b.certificatePem), "private key",
        "does not match the certificate certificate (its public key differs from the certificate's)", "KEY_MISMATCH"),
    ]);
  });

  it("curves and key types CCF cannot use: secp256k1, Ed25519, RSA", async () => {
    const make = (alg: string[], name: string) => {
      const key = tmp.write(`${name}.key`, "", true);
      const cert = `${tmp.dir}/${name}.crt`;
      openssl(["req", "-x509", "-newkey", ...alg, "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", `/CN=${name}`]);
      return { key: readFileSync(key, "utf8"), cert: readFileSync(cert, "utf8") };
    };
    const k1 = make(["ec", "-pkeyopt", "ec_paramgen_curve:secp256k1"], "k1");
    const ed = make(["ed25519"], "ed");
    const rsa = make(["rsa:2048"], "rsa");
    await rejects(() => localSigner(k1.key, k1.cert), "private key", "uses the EC curve secp256k1, which CCF governance does not accept; use secp256r1, secp384r1, secp521r1", "UNSUPPORTED_KEY");
    await rejects(() => localSigner(ed.key, ed.cert), "private key", "holds an Ed25519 key; CCF member identities must be EC keys on secp256r1, secp384r1, secp521r1", "UNSUPPORTED_KEY");
    await rejects(() => localSigner(rsa.key, rsa.cert), "private key", "holds an RSA key; CCF member identities must be EC keys on secp256r1, secp384r1, secp521r1", "UNSUPPORTED_KEY");
    await rejects(() => prepareGovernanceMessage({ certificatePem: k1.cert, type: "proposal", names: { certificate: "--signing-cert k1.crt" } }), "--signing-cert k1.crt",
      "uses the EC curve secp256k1, which CCF governance does not accept; use secp256r1, secp384r1, secp521r1", "UNSUPPORTED_KEY");
  });

  it("errors never carry key material", async () => {
    const id = ids.secp384r1!;
    const body = id.privateKeyPem.split("\n").slice(1, -2).join("");
    const garbled = id.privateKeyPem.replace(/[A-Za-z]{10}/, "!!!!!!!!!!");
    for (const attempt of [() => localSigner(garbled, id.certificatePem), () => localSigner(id.privateKeyPem, id.privateKeyPem)]) {
      let message = "";
      try {
        attempt();
      } catch (err) {
        message = (err as Error).message + String((err as Error).stack);
      }
      expect(message).not.toBe("");
      expect(message).not.toContain(body.slice(0, 24));
      expect(message).not.toContain("PRIVATE KEY-----\n");
    }
  });

  it("a signer returning a malformed signature is a SIGNER error", async () => {
    const bad: Signer = { ...signer, sign: async () => new Uint8Array(10) };
    await expect(signGovernanceMessage(bad, { type: "proposal" })).rejects.toThrow(
      new CcfConsortiumError("SIGNER", "the signer returned 10 bytes; an ES384 signature is 96 bytes (raw r||s)"),
    );
  });
});
