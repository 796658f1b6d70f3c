import { createPrivateKey } from "node:crypto";
import { InputError } from "../errors.js";
import { describeBlocks, pemBlocks } from "./pem.js";
/** PEM labels of unencrypted private keys node:crypto reads: PKCS#8, SEC1 and PKCS#1. */
const PRIVATE_KEY_LABELS = ["PRIVATE KEY", "EC PRIVATE KEY", "RSA PRIVATE KEY"];
/**
 * Loads a private key in any form openssl writes: PKCS#8 (`PRIVATE KEY`), SEC1 (`EC PRIVATE KEY`, also
 * after the `EC PARAMETERS` block that `openssl ecparam -genkey` and so keygenerator.sh emit) and PKCS#1
 * (`RSA PRIVATE KEY`). Errors name `input` and the PEM labels found, never any key material.
 */
export function loadPrivateKey(pem, input) {
    const blocks = pemBlocks(pem);
    if (blocks.some((b) => b.label === "ENCRYPTED PRIVATE KEY") || hasLegacyEncryption(pem)) {
        throw new InputError(input, "is an encrypted private key; decrypt it first (e.g. openssl pkey -in KEY -out PLAIN)");
    }
    const block = blocks.find((b) => PRIVATE_KEY_LABELS.includes(b.label));
    if (!block) {
        throw new InputError(input, `is not a PEM private key (expected a 'PRIVATE KEY', 'EC PRIVATE KEY' or 'RSA PRIVATE KEY' block, found ${describeBlocks(blocks)})`);
    }
    try {
        return createPrivateKey({ key: block.pem, format: "pem" });
    }
    catch {
        // node's message can quote decoder details; keep ours generic so nothing of the key leaks.
        throw new InputError(input, `holds a '${block.label}' block that is not a valid private key`);
    }
}
/** Traditional-format keys encrypted by `openssl ... -aes256` carry a `Proc-Type: 4,ENCRYPTED` header. */
function hasLegacyEncryption(pem) {
    const s = typeof pem === "string" ? pem : pem.toString("latin1");
    return /Proc-Type:\s*4,ENCRYPTED/.test(s);
}
