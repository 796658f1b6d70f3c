import { constants, privateDecrypt, publicEncrypt } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError, generateEncryptionKeyPair, loadEncryptionPublicKey, loadPrivateKey } from "../../../core/index.js";
import { keygeneratorSh, openssl, pemBodyLines } from "./helpers.js";
import { tempDir } from "../../helpers/temp-dir.js";

const tmp = tempDir("ccf-identity-enc-");
afterAll(() => tmp.cleanup());

describe("generateEncryptionKeyPair", () => {
  it("makes a 2048-bit RSA pair (SPKI public, PKCS#8 private) that openssl reads and RSA-OAEP-256 round-trips", async () => {
    const pair = await generateEncryptionKeyPair();
    expect(pair.publicKeyPem.startsWith("-----BEGIN PUBLIC KEY-----\n")).toBe(true);
    expect(pair.privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----\n")).toBe(true);
    writeFileSync(join(tmp.dir, "pub.pem"), pair.publicKeyPem);
    expect(openssl(["rsa", "-pubin", "-in", "pub.pem", "-noout", "-text"], tmp.dir)).toContain("Public-Key: (2048 bit)");
    const loaded = loadEncryptionPublicKey(pair.publicKeyPem, "pub.pem");
    expect(loaded.bits).toBe(2048);
    const secret = Buffer.from("share");
    const wrapped = publicEncrypt({ key: loaded.publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" }, secret);
    const key = loadPrivateKey(pair.privateKeyPem, "priv.pem");
    expect(privateDecrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha256" }, wrapped)).toEqual(secret);
  });

  it("refuses fewer than 2048 bits", async () => {
    await expect(generateEncryptionKeyPair({ bits: 1024 })).rejects.toThrowError("bits: must be an integer from 2048 to 16384 (got 1024)");
  });
});

describe("loadEncryptionPublicKey", () => {
  it("loads keygenerator.sh's SPKI key and a PKCS#1 RSA PUBLIC KEY, normalizing to SPKI", () => {
    keygeneratorSh(tmp.dir, "rec", "secp384r1", "sha384", true);
    const spki = tmp.read("rec_enc_pubk.pem");
    const a = loadEncryptionPublicKey(spki, "rec_enc_pubk.pem");
    expect(a.publicKeyPem).toBe(spki);
    expect(a.bits).toBe(2048);
    openssl(["rsa", "-in", "rec_enc_privk.pem", "-RSAPublicKey_out", "-out", "rec_pkcs1.pem"], tmp.dir);
    const pkcs1 = tmp.read("rec_pkcs1.pem");
    expect(pkcs1.startsWith("-----BEGIN RSA PUBLIC KEY-----")).toBe(true);
    expect(loadEncryptionPublicKey(pkcs1, "rec_pkcs1.pem").publicKeyPem).toBe(spki);
  });

  it("refuses RSA keys under 2048 bits, EC keys, private keys and non-PEM, naming the input", () => {
    openssl(["genrsa", "-out", "small.pem", "1024"], tmp.dir);
    openssl(["rsa", "-in", "small.pem", "-pubout", "-out", "small_pub.pem"], tmp.dir);
    openssl(["ecparam", "-name", "secp384r1", "-genkey", "-noout", "-out", "ec.pem"], tmp.dir);
    openssl(["ec", "-in", "ec.pem", "-pubout", "-out", "ec_pub.pem"], tmp.dir);
    const cases: Array<[string, string, string]> = [
      ["small_pub.pem", "is a 1024-bit RSA key; recovery encryption keys must be at least 2048 bits", "UNSUPPORTED_KEY"],
      ["ec_pub.pem", "holds an EC key; recovery encryption keys must be RSA (>= 2048 bits)", "UNSUPPORTED_KEY"],
      ["small.pem", "holds a private key; pass the public key (openssl rsa -in KEY -pubout)", "INVALID_INPUT"],
    ];
    for (const [file, problem, code] of cases) {
      let error: unknown;
      try {
        loadEncryptionPublicKey(tmp.read(file), file);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toBe(`${file}: ${problem}`);
      expect((error as InputError).code).toBe(code);
      for (const line of pemBodyLines(tmp.read(file))) expect((error as Error).message).not.toContain(line);
    }
    expect(() => loadEncryptionPublicKey("garbage", "enc.pem")).toThrowError(
      "enc.pem: is not a PEM public key (expected a 'PUBLIC KEY' or 'RSA PUBLIC KEY' block, found no PEM block)",
    );
  });
});
