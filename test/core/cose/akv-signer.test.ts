import { createHash, verify, X509Certificate } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { azureKeyVaultSigner, parseKeyVaultKeyId } from "../../../core/cose/akv-signer.js";
import { CcfConsortiumError, InputError } from "../../../core/errors.js";
import { startFakeKeyVault, type FakeKeyVault } from "./fake-key-vault.js";
// The vault keeps its real host name (ccf-test.vault.azure.net), resolved to 127.0.0.1 in this process.
import "../../helpers/azure-dns.mjs";
import { openssl } from "./helpers.js";

const TOKEN = "eyJ0eXAiOiJKV1Qi.fake-vault-token.c2lnbmF0dXJl";

interface Identity {
  keyPem: string;
  certPem: string;
}

function opensslIdentity(dir: string, name: string, curve: string): Identity {
  const key = join(dir, `${name}_privk.pem`);
  const cert = join(dir, `${name}_cert.pem`);
  openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", `ec_paramgen_curve:${curve}`, "-nodes", "-keyout", key, "-out", cert,
    "-days", "1", "-subj", `/CN=${name}`]);
  return { keyPem: readFileSync(key, "utf8"), certPem: readFileSync(cert, "utf8") };
}

describe("azureKeyVaultSigner against a local Key Vault", () => {
  let dir: string;
  let vault: FakeKeyVault;
  const ids: Record<string, Identity> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "akv-signer-"));
    ids.p384 = opensslIdentity(dir, "p384", "P-384");
    ids.p256 = opensslIdentity(dir, "p256", "P-256");
    ids.p521 = opensslIdentity(dir, "p521", "P-521");
    vault = await startFakeKeyVault({ token: TOKEN, keys: { p384: ids.p384.keyPem, p256: ids.p256.keyPem, p521: ids.p521.keyPem } });
  });
  afterAll(async () => {
    await vault?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [name, alg, hash, bytes] of [
    ["p256", "ES256", "sha256", 64],
    ["p384", "ES384", "sha384", 96],
    ["p521", "ES512", "sha512", 132],
  ] as const) {
    it(`${alg}: signs the Sig_structure's digest in the vault; the raw r||s verifies against the certificate`, async () => {
      const signer = azureKeyVaultSigner({ keyId: vault.keyId(name), token: TOKEN, certificatePem: ids[name]!.certPem, caPem: vault.caPem });
      expect(signer.algorithm).toBe(alg);
      expect(signer.memberId).toBe(createHash("sha256").update(new X509Certificate(ids[name]!.certPem).raw).digest("hex"));
      const tbs = new TextEncoder().encode(`Signature1 stand-in for ${name}`);
      const sig = await signer.sign(tbs);
      expect(sig.length).toBe(bytes);
      const pub = new X509Certificate(ids[name]!.certPem).publicKey;
      expect(verify(hash, tbs, { key: pub, dsaEncoding: "ieee-p1363" }, sig)).toBe(true);
      expect(verify(hash, Buffer.from("something else"), { key: pub, dsaEncoding: "ieee-p1363" }, sig)).toBe(false);
      expect(vault.signs().at(-1)).toMatchObject({ alg, authorized: true, via: "token" });
    });
  }

  it("accepts a token function (asked again for every authorized request: never cached)", async () => {
    const before = vault.requests.length;
    let calls = 0;
    const signer = azureKeyVaultSigner({
      keyId: vault.keyId("p384"),
      token: async () => {
        calls++;
        return TOKEN;
      },
      certificatePem: ids.p384!.certPem,
      caPem: vault.caPem,
    });
    await signer.sign(new Uint8Array([1, 2, 3]));
    await signer.sign(new Uint8Array([4, 5, 6]));
    expect(calls).toBe(vault.requests.slice(before).filter((q) => q.authorized).length);
    expect(vault.signs().slice(-2).map((q) => q.via)).toEqual(["token", "token"]);
  });

  it("a rejected token is a SIGNER error naming the key and the vault's answer, never the token", async () => {
    const wrong = `${TOKEN}-wrong`;
    const signer = azureKeyVaultSigner({ keyId: vault.keyId("p384"), token: wrong, certificatePem: ids.p384!.certPem, caPem: vault.caPem });
    const err = await signer.sign(new Uint8Array([1])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CcfConsortiumError);
    expect((err as CcfConsortiumError).code).toBe("SIGNER");
    expect((err as Error).message).toBe(`Key Vault sign with ${vault.keyId("p384")} failed: HTTP 401 (Unauthorized: AKV10032: Invalid issuer.)`);
    expect((err as Error).message).not.toContain("fake-vault-token");
  });

  it("a vault key that is not the certificate's curve fails clearly (the vault rejects the alg)", async () => {
    const signer = azureKeyVaultSigner({ keyId: vault.keyId("p256"), token: TOKEN, certificatePem: ids.p384!.certPem, caPem: vault.caPem });
    const err = await signer.sign(new Uint8Array([1])).catch((e: unknown) => e);
    expect((err as CcfConsortiumError).code).toBe("SIGNER");
    expect((err as Error).message).toContain("HTTP 400 (BadParameter: Invalid algorithm 'ES384' for this key.)");
  });

  it("an unknown key is a SIGNER error with the vault's KeyNotFound", async () => {
    const signer = azureKeyVaultSigner({ keyId: vault.keyId("p384").replace(/keys\/p384\/.*$/, "keys/nope"), token: TOKEN, certificatePem: ids.p384!.certPem, caPem: vault.caPem });
    await expect(signer.sign(new Uint8Array([1]))).rejects.toThrow(/HTTP 404 \(KeyNotFound: A key with \(name\/id\) nope was not found/);
  });

  it("TLS is verified: without the vault's CA the request fails as a SIGNER error", async () => {
    const signer = azureKeyVaultSigner({ keyId: vault.keyId("p384"), token: TOKEN, certificatePem: ids.p384!.certPem });
    const err = await signer.sign(new Uint8Array([1])).catch((e: unknown) => e);
    expect((err as CcfConsortiumError).code).toBe("SIGNER");
    expect((err as Error).message).toMatch(/^Key Vault sign with https:\/\/ccf-test\.vault\.azure\.net:\d+\/keys\/p384\/[0-9a-f]+ failed: .*(self-signed certificate|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_VERIFY_LEAF_SIGNATURE)/);
  });

  it("validates the key id and the certificate before any request", () => {
    const mk = (keyId: string, certificatePem = ids.p384!.certPem) => () => azureKeyVaultSigner({ keyId, token: TOKEN, certificatePem });
    expect(mk("not a url")).toThrow(InputError);
    expect(mk("not a url")).toThrow("key-vault-key-id: is not a URL; expected https://<vault>.vault.azure.net/keys/<name>[/<version>]");
    expect(mk("http://v.vault.azure.net/keys/k")).toThrow("key-vault-key-id: must use https (got http)");
    expect(mk("https://v.vault.azure.net/secrets/k")).toThrow("key-vault-key-id: expected a key identifier of the form");
    expect(mk("https://v.vault.azure.net/keys/k?api-version=7.4")).toThrow("key-vault-key-id: must not carry credentials, a query or a fragment");
    expect(mk("https://v.vault.azure.net/keys/k", "nope")).toThrow(/^signing-cert: is not a PEM certificate/);
    expect(parseKeyVaultKeyId("https://v.vault.azure.net/keys/k/0123/")).toBe("https://v.vault.azure.net/keys/k/0123");
  });
});
