import { createPublicKey, randomBytes, webcrypto } from "node:crypto";
import { isIP } from "node:net";
import { InputError } from "../errors.js";
import { curveOf, hashForCurve, webCryptoCurve } from "./curves.js";
import { loadCertificate } from "./certificate.js";
import { loadPrivateKey } from "./private-key.js";
import { assertKeyMatchesCertificate } from "./key-match.js";
import { loadX509 } from "./x509-lib.js";
const MAX_DAYS = 100 * 366;
/**
 * Creates an X.509 certificate signed with ECDSA by the issuer's key (or, without `issuer`, by the
 * subject's own `privateKey`: self-signed), with the hash that matches the signing key's curve
 * (P-256 SHA-256, P-384 SHA-384, P-521 SHA-512). Returns PEM.
 *
 * Extensions: subjectKeyIdentifier, authorityKeyIdentifier, basicConstraints (critical), keyUsage and,
 * for non-CA certificates with SANs, extendedKeyUsage serverAuth+clientAuth and subjectAltName.
 */
export async function createCertificate(options) {
    const x509 = await loadX509();
    const subjectPublic = toPublicKey(options.publicKey, "publicKey");
    const issuerInput = options.issuer ? "issuer.privateKey" : "privateKey";
    const signingSource = options.issuer?.privateKey ?? options.privateKey;
    if (signingSource === undefined) {
        throw new InputError("privateKey", "is required for a self-signed certificate (or pass issuer)");
    }
    const signingKey = toPrivateKey(signingSource, issuerInput);
    const signingCurve = curveOf(signingKey, issuerInput);
    let issuerName;
    let authorityKeyId;
    if (options.issuer?.certificatePem !== undefined) {
        const issuerCert = loadCertificate(options.issuer.certificatePem, "issuer.certificatePem");
        assertKeyMatchesCertificate(signingKey, issuerCert, { keyInput: "issuer.privateKey", certInput: "issuer.certificatePem" });
        const parsed = new x509.X509Certificate(issuerCert.raw);
        issuerName = parsed.subjectName;
        authorityKeyId = parsed.getExtension(x509.SubjectKeyIdentifierExtension)?.keyId;
    }
    else {
        if (!createPublicKey(signingKey).equals(subjectPublic)) {
            throw new InputError(issuerInput, "does not match publicKey (a self-signed certificate is signed by the subject's own key)", "KEY_MISMATCH");
        }
        issuerName = options.subject;
    }
    const days = options.days ?? 365;
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
        throw new InputError("days", `must be a whole number of days from 1 to ${MAX_DAYS} (got ${days})`);
    }
    const notBefore = new Date(Math.floor((options.now ?? new Date()).getTime() / 1000) * 1000);
    if (Number.isNaN(notBefore.getTime()))
        throw new InputError("now", "is not a valid date");
    const notAfter = new Date(notBefore.getTime() + days * 86_400_000);
    const spki = subjectPublic.export({ type: "spki", format: "der" });
    const crypto = webcrypto;
    const ski = await x509.SubjectKeyIdentifierExtension.create(spki, false, crypto);
    const aki = authorityKeyId
        ? new x509.AuthorityKeyIdentifierExtension(authorityKeyId)
        : await x509.AuthorityKeyIdentifierExtension.create(createPublicKey(signingKey).export({ type: "spki", format: "der" }), false, crypto);
    const extensions = [ski, aki];
    const F = x509.KeyUsageFlags;
    if (options.isCa) {
        extensions.push(new x509.BasicConstraintsExtension(true, undefined, true));
        extensions.push(new x509.KeyUsagesExtension(F.keyCertSign | F.cRLSign | F.digitalSignature, true));
    }
    else {
        extensions.push(new x509.BasicConstraintsExtension(false, undefined, true));
        extensions.push(new x509.KeyUsagesExtension(F.digitalSignature | F.keyAgreement, true));
    }
    const names = sanNames(options.sans);
    if (names.length > 0) {
        if (!options.isCa)
            extensions.push(new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]));
        extensions.push(new x509.SubjectAlternativeNameExtension(names));
    }
    const cert = await x509.X509CertificateGenerator.create({
        serialNumber: serialNumber(),
        subject: options.subject,
        issuer: issuerName,
        notBefore,
        notAfter,
        publicKey: spki,
        signingKey: await importSigningKey(signingKey, signingCurve),
        signingAlgorithm: ecdsaAlgorithm(signingCurve),
        extensions,
    }, crypto);
    return cert.toString("pem").replace(/\r/g, "") + "\n";
}
/** WebCrypto signing parameters for a curve: ECDSA with its matching hash. */
export function ecdsaAlgorithm(curve) {
    return { name: "ECDSA", hash: hashForCurve(curve).replace("sha", "SHA-") };
}
/** A node KeyObject as a non-extractable WebCrypto ECDSA signing key. */
export async function importSigningKey(key, curve) {
    const der = key.export({ type: "pkcs8", format: "der" });
    return await webcrypto.subtle.importKey("pkcs8", der, { name: "ECDSA", namedCurve: webCryptoCurve(curve) }, false, ["sign"]);
}
/** A positive 127-bit serial number (16 bytes, top bit clear, never a leading zero byte). */
function serialNumber() {
    const bytes = randomBytes(16);
    bytes[0] = (bytes[0] & 0x7f) | 0x40;
    return bytes.toString("hex");
}
function sanNames(sans) {
    const names = [];
    for (const ip of sans?.ip ?? []) {
        if (isIP(ip) === 0)
            throw new InputError("sans.ip", `'${ip}' is not an IP address`);
        names.push({ type: "ip", value: ip });
    }
    for (const dns of sans?.dns ?? []) {
        if (!/^(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/.test(dns)) {
            throw new InputError("sans.dns", `'${dns}' is not a DNS name`);
        }
        names.push({ type: "dns", value: dns });
    }
    return names;
}
function toPrivateKey(key, input) {
    if (typeof key === "string")
        return loadPrivateKey(key, input);
    if (key.type !== "private")
        throw new InputError(input, "must be a private key");
    return key;
}
function toPublicKey(key, input) {
    if (typeof key !== "string")
        return key.type === "public" ? key : createPublicKey(key);
    if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(key))
        return createPublicKey(loadPrivateKey(key, input));
    try {
        return createPublicKey({ key, format: "pem" });
    }
    catch {
        throw new InputError(input, "is not a PEM public key");
    }
}
