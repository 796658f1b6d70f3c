import { webcrypto, type KeyObject } from "node:crypto";
import { type Curve } from "./curves.js";
export interface CreateCertificateOptions {
    /** Subject distinguished name, RFC 4514 (`CN=CCF Service`), or @peculiar/x509's JSON form (`[{ CN: ["x"] }]`). */
    subject: string | Array<Record<string, string[]>>;
    /** The certified public key: a KeyObject or PEM (a private key is accepted; its public half is used). */
    publicKey: KeyObject | string;
    /** Self-signed certificates (no `issuer`): the subject's own private key, which must match `publicKey`. */
    privateKey?: KeyObject | string;
    /**
     * Issued certificates: the issuer's private key and certificate (whose subject becomes the issuer name and
     * whose subject key id the authority key id). Without `certificatePem` the certificate is self-signed by
     * `issuer.privateKey`, which must then match `publicKey`.
     */
    issuer?: {
        privateKey: KeyObject | string;
        certificatePem?: string;
    };
    /** Validity in days from `now` (default 365). */
    days?: number;
    /** Subject alternative names (e.g. a node's `IP:127.0.0.1`, `DNS:localhost`). */
    sans?: {
        ip?: string[];
        dns?: string[];
    };
    /** A CA certificate (basicConstraints CA:TRUE, keyCertSign) such as a CCF service identity. */
    isCa?: boolean;
    /** Start of validity (default: the current time), truncated to whole seconds. */
    now?: Date;
}
/**
 * Creates an X.509 certificate signed with ECDSA by the issuer's key (or, without `issuer`, by the
 * subject's own `privateKey`: self-signed), with the hash that matches the signing key's curve
 * (P-256 SHA-256, P-384 SHA-384, P-521 SHA-512). Returns PEM.
 *
 * Extensions: subjectKeyIdentifier, authorityKeyIdentifier, basicConstraints (critical), keyUsage and,
 * for non-CA certificates with SANs, extendedKeyUsage serverAuth+clientAuth and subjectAltName.
 */
export declare function createCertificate(options: CreateCertificateOptions): Promise<string>;
/** WebCrypto signing parameters for a curve: ECDSA with its matching hash. */
export declare function ecdsaAlgorithm(curve: Curve): webcrypto.EcdsaParams;
/** A node KeyObject as a non-extractable WebCrypto ECDSA signing key. */
export declare function importSigningKey(key: KeyObject, curve: Curve): Promise<webcrypto.CryptoKey>;
