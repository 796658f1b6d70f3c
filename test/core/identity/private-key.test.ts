import { sign, verify } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  InputError,
  assertKeyMatchesCertificate,
  curveOf,
  hashForCurve,
  loadCertificate,
  loadPrivateKey,
  type Curve,
} from "../../../core/index.js";
import { keygeneratorSh, openssl, pemBodyLines } from "./helpers.js";
import { tempDir } from "../../helpers/temp-dir.js";

const tmp = tempDir("ccf-identity-keys-");
afterAll(() => tmp.cleanup());

const DIGEST: Record<Curve, string> = { secp256r1: "sha256", secp384r1: "sha384", secp521r1: "sha512" };
// openssl's own name for P-256 is prime256v1; keygenerator.sh passes whatever --curve says.
const OPENSSL_CURVE: Record<Curve, string> = { secp256r1: "prime256v1", secp384r1: "secp384r1", secp521r1: "secp521r1" };

/** Signs with the loaded key through node:crypto and verifies with the certificate's public key. */
function signsForCertificate(keyPem: string, certPem: string, curve: Curve): void {
  const key = loadPrivateKey(keyPem, "key.pem");
  const cert = loadCertificate(certPem, "cert.pem");
  expect(curveOf(key, "key.pem")).toBe(curve);
  expect(curveOf(cert, "cert.pem")).toBe(curve);
  assertKeyMatchesCertificate(key, cert, { keyInput: "key.pem", certInput: "cert.pem" });
  const data = Buffer.from("governance message");
  const signature = sign(hashForCurve(curve), data, { key, dsaEncoding: "ieee-p1363" });
  expect(verify(hashForCurve(curve), data, { key: cert.publicKey, dsaEncoding: "ieee-p1363" }, signature)).toBe(true);
  expect(verify(hashForCurve(curve), Buffer.from("other message"), { key: cert.publicKey, dsaEncoding: "ieee-p1363" }, signature)).toBe(false);
}

describe("loadPrivateKey: every form openssl writes", () => {
  for (const curve of ["secp256r1", "secp384r1", "secp521r1"] as Curve[]) {
    describe(curve, () => {
      const name = `k_${curve}`;
      beforeAll(() => {
        keygeneratorSh(tmp.dir, name, OPENSSL_CURVE[curve], DIGEST[curve]);
        openssl(["ec", "-in", `${name}_privk.pem`, "-out", `${name}_sec1.pem`], tmp.dir);
        openssl(["pkcs8", "-topk8", "-nocrypt", "-in", `${name}_privk.pem`, "-out", `${name}_pkcs8.pem`], tmp.dir);
      });

      it("`openssl ecparam -genkey` output (EC PARAMETERS block, then SEC1) loads, matches and signs", () => {
        const pem = tmp.read(`${name}_privk.pem`);
        expect(pem.startsWith("-----BEGIN EC PARAMETERS-----")).toBe(true);
        expect(pem).toContain("-----BEGIN EC PRIVATE KEY-----");
        signsForCertificate(pem, tmp.read(`${name}_cert.pem`), curve);
      });

      it("a bare SEC1 key (openssl ec) loads, matches and signs", () => {
        const pem = tmp.read(`${name}_sec1.pem`);
        expect(pem.startsWith("-----BEGIN EC PRIVATE KEY-----")).toBe(true);
        signsForCertificate(pem, tmp.read(`${name}_cert.pem`), curve);
      });

      it("a PKCS#8 key (openssl pkcs8 -topk8) loads, matches and signs", () => {
        const pem = tmp.read(`${name}_pkcs8.pem`);
        expect(pem.startsWith("-----BEGIN PRIVATE KEY-----")).toBe(true);
        signsForCertificate(pem, tmp.read(`${name}_cert.pem`), curve);
      });
    });
  }

  it("PKCS#1 RSA keys (openssl genrsa -traditional) and PKCS#8 RSA keys load", () => {
    openssl(["genrsa", "-traditional", "-out", "rsa_pkcs1.pem", "2048"], tmp.dir);
    openssl(["genrsa", "-out", "rsa_pkcs8.pem", "2048"], tmp.dir);
    const pkcs1 = tmp.read("rsa_pkcs1.pem");
    expect(pkcs1.startsWith("-----BEGIN RSA PRIVATE KEY-----")).toBe(true);
    for (const pem of [pkcs1, tmp.read("rsa_pkcs8.pem")]) {
      const key = loadPrivateKey(pem, "enc_privk.pem");
      expect(key.asymmetricKeyType).toBe("rsa");
      expect(key.asymmetricKeyDetails?.modulusLength).toBe(2048);
    }
  });

  it("leading text (openssl's Bag Attributes, CRLF line endings) is tolerated", () => {
    openssl(["ecparam", "-name", "secp384r1", "-genkey", "-noout", "-out", "bag.pem"], tmp.dir);
    const pem = "Bag Attributes\r\n    localKeyID: 01\r\n" + tmp.read("bag.pem").replace(/\n/g, "\r\n");
    expect(curveOf(loadPrivateKey(pem, "bag.pem"), "bag.pem")).toBe("secp384r1");
  });
});

describe("loadPrivateKey: bad input names the input and never echoes key material", () => {
  it("refuses text without a private key block", () => {
    expect(() => loadPrivateKey("not a key", "alice_privk.pem")).toThrowError(
      "alice_privk.pem: is not a PEM private key (expected a 'PRIVATE KEY', 'EC PRIVATE KEY' or 'RSA PRIVATE KEY' block, found no PEM block)",
    );
    keygeneratorSh(tmp.dir, "certonly", "secp384r1", "sha384");
    expect(() => loadPrivateKey(tmp.read("certonly_cert.pem"), "certonly_cert.pem")).toThrowError(
      "certonly_cert.pem: is not a PEM private key (expected a 'PRIVATE KEY', 'EC PRIVATE KEY' or 'RSA PRIVATE KEY' block, found 'CERTIFICATE')",
    );
  });

  it("refuses a damaged key block without quoting it", () => {
    keygeneratorSh(tmp.dir, "damaged", "secp384r1", "sha384");
    const pem = tmp.read("damaged_privk.pem");
    const broken = pem.replace(/(-----BEGIN EC PRIVATE KEY-----\n)(.{20})/, "$1AAAAAAAAAAAAAAAAAAAA");
    let error: unknown;
    try {
      loadPrivateKey(broken, "damaged_privk.pem");
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe("damaged_privk.pem: holds a 'EC PRIVATE KEY' block that is not a valid private key");
    for (const line of pemBodyLines(pem)) expect((error as Error).message).not.toContain(line);
  });

  it("refuses encrypted keys (PKCS#8 and traditional) with a hint", () => {
    openssl(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384", "-aes256", "-pass", "pass:secret", "-out", "enc8.pem"], tmp.dir);
    openssl(["ec", "-in", "enc8.pem", "-passin", "pass:secret", "-aes256", "-passout", "pass:secret", "-out", "enc1.pem"], tmp.dir);
    for (const file of ["enc8.pem", "enc1.pem"]) {
      expect(() => loadPrivateKey(tmp.read(file), file)).toThrowError(
        `${file}: is an encrypted private key; decrypt it first (e.g. openssl pkey -in KEY -out PLAIN)`,
      );
    }
  });
});

describe("curveOf: only the curves CCF governance signs with", () => {
  it("refuses secp256k1 (keygenerator.sh's old second curve), Ed25519 and RSA identity keys", () => {
    keygeneratorSh(tmp.dir, "k1", "secp256k1", "sha256");
    openssl(["genpkey", "-algorithm", "ed25519", "-out", "ed.pem"], tmp.dir);
    openssl(["req", "-new", "-key", "ed.pem", "-x509", "-nodes", "-days", "365", "-out", "ed_cert.pem", "-subj", "/CN=ed"], tmp.dir);
    openssl(["req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", "rsa_id.pem", "-x509", "-days", "365", "-out", "rsa_cert.pem", "-subj", "/CN=rsa"], tmp.dir);
    const cases: Array<[string, string]> = [
      ["k1_privk.pem", "uses the EC curve secp256k1, which CCF governance does not accept; use secp256r1, secp384r1, secp521r1"],
      ["ed.pem", "holds an Ed25519 key; CCF member identities must be EC keys on secp256r1, secp384r1, secp521r1"],
      ["rsa_id.pem", "holds an RSA key; CCF member identities must be EC keys on secp256r1, secp384r1, secp521r1"],
    ];
    for (const [file, problem] of cases) {
      const key = loadPrivateKey(tmp.read(file), file);
      expect(() => curveOf(key, file)).toThrowError(`${file}: ${problem}`);
      try {
        curveOf(key, file);
      } catch (err) {
        expect((err as InputError).code).toBe("UNSUPPORTED_KEY");
        expect((err as InputError).input).toBe(file);
      }
    }
    for (const [file, problem] of [
      ["k1_cert.pem", "uses the EC curve secp256k1"],
      ["ed_cert.pem", "holds an Ed25519 key"],
      ["rsa_cert.pem", "holds an RSA key"],
    ]) {
      expect(() => curveOf(loadCertificate(tmp.read(file!), file!), file!)).toThrowError(`${file}: ${problem}`);
    }
  });
});

describe("assertKeyMatchesCertificate", () => {
  it("throws KEY_MISMATCH naming both inputs for another member's key", () => {
    keygeneratorSh(tmp.dir, "m1", "secp384r1", "sha384");
    keygeneratorSh(tmp.dir, "m2", "secp384r1", "sha384");
    const key = loadPrivateKey(tmp.read("m2_privk.pem"), "m2_privk.pem");
    const cert = loadCertificate(tmp.read("m1_cert.pem"), "m1_cert.pem");
    let error: unknown;
    try {
      assertKeyMatchesCertificate(key, cert, { keyInput: "--signing-key m2_privk.pem", certInput: "m1_cert.pem" });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe("KEY_MISMATCH");
    expect((error as Error).message).toBe(
      "--signing-key m2_privk.pem: does not match the certificate m1_cert.pem (its public key differs from the certificate's)",
    );
    for (const line of pemBodyLines(tmp.read("m2_privk.pem"))) expect((error as Error).message).not.toContain(line);
  });
});

describe("loadCertificate", () => {
  it("refuses non-PEM input and a broken certificate block, naming the input", () => {
    expect(() => loadCertificate(Buffer.from([0x30, 0x82, 0x01]), "cert.der")).toThrowError(
      "cert.der: is not a PEM certificate (expected a '-----BEGIN CERTIFICATE-----' block, found no PEM block)",
    );
    expect(() => loadCertificate("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", "bad.pem")).toThrowError(
      "bad.pem: holds a CERTIFICATE block that is not a valid X.509 certificate",
    );
  });
});
