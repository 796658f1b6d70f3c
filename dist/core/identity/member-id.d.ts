import { X509Certificate } from "node:crypto";
/**
 * A member's id: lowercase hex SHA-256 of the certificate's DER (CCF: `ccf.pemToId`; the same as
 * `openssl x509 -noout -fingerprint -sha256` without colons, lowercased). PEM text is parsed with
 * `loadCertificate` (first certificate of a bundle); a Buffer that is not PEM is taken as DER.
 */
export declare function memberIdOf(cert: string | Buffer | X509Certificate, input?: string): string;
