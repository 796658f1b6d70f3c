import { X509Certificate } from "node:crypto";
/**
 * Parses the first certificate of a PEM file or bundle. `input` names where it came from (a path, a flag,
 * a field) and is what errors name: a file without a `CERTIFICATE` block, or one that does not parse.
 */
export declare function loadCertificate(pem: string | Buffer, input: string): X509Certificate;
/** The certificate as PEM (normalized: one block, LF line endings). */
export declare function certificatePem(cert: X509Certificate): string;
