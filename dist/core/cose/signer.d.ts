import type { CoseAlgorithm } from "../identity/index.js";
/**
 * Something that signs governance messages for one member. `sign` receives the Sig_structure bytes and
 * returns a raw r||s (IEEE P1363) ECDSA signature made with `algorithm`'s hash; it is never handed the
 * protected header to change. A signer whose key lives elsewhere (Azure Key Vault, an HSM) hashes with
 * `digestFor(algorithm, toBeSigned)` and sends only the digest out.
 */
export interface Signer {
    /** Follows the key's curve: P-256 ES256, P-384 ES384, P-521 ES512. */
    readonly algorithm: CoseAlgorithm;
    readonly certificatePem: string;
    /** Lowercase hex SHA-256 of the certificate DER; goes into kid. */
    readonly memberId: string;
    sign(toBeSigned: Uint8Array): Promise<Uint8Array>;
}
