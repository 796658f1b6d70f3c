import { createPrivateKey, type KeyObject } from "node:crypto";
import { InputError } from "../errors.js";
import { describeBlocks, pemBlocks, pemText } from "./pem.js";

/** PEM labels of unencrypted private keys node:crypto reads: PKCS#8, SEC1 and PKCS#1. */
const PRIVATE_KEY_LABELS = ["PRIVATE KEY", "EC PRIVATE KEY", "RSA PRIVATE KEY"];

/**
 * Loads a private key in any form openssl writes: PKCS#8 (`PRIVATE KEY`), SEC1 (`EC PRIVATE KEY`, also
 * after the `EC PARAMETERS` block that `openssl ecparam -genkey` and so keygenerator.sh emit) and PKCS#1
 * (`RSA PRIVATE KEY`). Errors name `input` and the PEM labels found, never any key material.
 */
export function loadPrivateKey(pem: string | Buffer, input: string): KeyObject {
  const text = pemText(pem, input);
  const blocks = pemBlocks(text);
  if (blocks.some((b) => b.label === "ENCRYPTED PRIVATE KEY") || hasLegacyEncryption(text)) {
    throw new InputError(input, "is an encrypted private key; decrypt it first (e.g. openssl pkey -in KEY -out PLAIN)");
  }
  const block = blocks.find((b) => PRIVATE_KEY_LABELS.includes(b.label));
  if (!block) {
    throw new InputError(
      input,
      `is not a PEM private key (expected a 'PRIVATE KEY', 'EC PRIVATE KEY' or 'RSA PRIVATE KEY' block, found ${describeBlocks(blocks)})`,
    );
  }
  try {
    return createPrivateKey({ key: block.pem, format: "pem" });
  } catch {
    // node's message can quote decoder details; keep ours generic so nothing of the key leaks.
    throw new InputError(input, `holds a '${block.label}' block that is not a valid private key`);
  }
}

/** Traditional-format keys encrypted by `openssl ... -aes256` carry a `Proc-Type: 4,ENCRYPTED` header. */
function hasLegacyEncryption(text: string): boolean {
  // indexOf, not a regular expression: linear whatever the input.
  for (let at = text.indexOf("Proc-Type:"); at !== -1; at = text.indexOf("Proc-Type:", at + 10)) {
    let i = at + 10;
    while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
    if (text.startsWith("4,ENCRYPTED", i)) return true;
  }
  return false;
}
