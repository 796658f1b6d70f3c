import { type KeyObject } from "node:crypto";
/**
 * Loads a private key in any form openssl writes: PKCS#8 (`PRIVATE KEY`), SEC1 (`EC PRIVATE KEY`, also
 * after the `EC PARAMETERS` block that `openssl ecparam -genkey` and so keygenerator.sh emit) and PKCS#1
 * (`RSA PRIVATE KEY`). Errors name `input` and the PEM labels found, never any key material.
 */
export declare function loadPrivateKey(pem: string | Buffer, input: string): KeyObject;
