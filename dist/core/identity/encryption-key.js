import { createPublicKey, generateKeyPair } from "node:crypto";
import { promisify } from "node:util";
import { InputError } from "../errors.js";
import { describeBlocks, pemBlocks, pemText } from "./pem.js";
/** The smallest RSA modulus CCF's constitution accepts for a recovery member's encryption key. */
export const MIN_ENCRYPTION_KEY_BITS = 2048;
/**
 * Loads a recovery member's RSA encryption public key: SPKI (`PUBLIC KEY`) or PKCS#1 (`RSA PUBLIC KEY`),
 * normalized to SPKI PEM. Refuses non-RSA keys (UNSUPPORTED_KEY), private keys and moduli < 2048 bits.
 */
export function loadEncryptionPublicKey(pem, input) {
    const blocks = pemBlocks(pemText(pem, input));
    const block = blocks.find((b) => b.label === "PUBLIC KEY" || b.label === "RSA PUBLIC KEY");
    if (!block) {
        const hint = blocks.some((b) => b.label.includes("PRIVATE KEY"))
            ? "holds a private key; pass the public key (openssl rsa -in KEY -pubout)"
            : `is not a PEM public key (expected a 'PUBLIC KEY' or 'RSA PUBLIC KEY' block, found ${describeBlocks(blocks)})`;
        throw new InputError(input, hint);
    }
    let publicKey;
    try {
        publicKey =
            block.label === "RSA PUBLIC KEY"
                ? createPublicKey({ key: block.pem, format: "pem", type: "pkcs1" })
                : createPublicKey({ key: block.pem, format: "pem" });
    }
    catch {
        throw new InputError(input, `holds a '${block.label}' block that is not a valid public key`);
    }
    if (publicKey.asymmetricKeyType !== "rsa") {
        throw new InputError(input, `holds ${publicKey.asymmetricKeyType === "ec" ? "an EC" : `a ${publicKey.asymmetricKeyType ?? "non-RSA"}`} key; recovery encryption keys must be RSA (>= ${MIN_ENCRYPTION_KEY_BITS} bits)`, "UNSUPPORTED_KEY");
    }
    const bits = publicKey.asymmetricKeyDetails?.modulusLength ?? 0;
    assertEncryptionKeyBits(bits, input);
    const publicKeyPem = publicKey.export({ type: "spki", format: "pem" }).toString();
    return { publicKey, publicKeyPem, bits };
}
function assertEncryptionKeyBits(bits, input) {
    if (!Number.isInteger(bits) || bits < MIN_ENCRYPTION_KEY_BITS) {
        throw new InputError(input, `is a ${bits}-bit RSA key; recovery encryption keys must be at least ${MIN_ENCRYPTION_KEY_BITS} bits`, "UNSUPPORTED_KEY");
    }
}
/** A recovery member's RSA encryption key pair (2048 bits by default; fewer refused). */
export async function generateEncryptionKeyPair(options = {}) {
    const bits = options.bits ?? MIN_ENCRYPTION_KEY_BITS;
    if (!Number.isInteger(bits) || bits < MIN_ENCRYPTION_KEY_BITS || bits > 16384) {
        throw new InputError("bits", `must be an integer from ${MIN_ENCRYPTION_KEY_BITS} to 16384 (got ${bits})`, "UNSUPPORTED_KEY");
    }
    const { publicKey, privateKey } = await promisify(generateKeyPair)("rsa", { modulusLength: bits, publicExponent: 0x10001 });
    return {
        publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
        privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    };
}
