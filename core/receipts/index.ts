export * from "./errors.js";
export * from "./model.js";
export { leafDigest, rootFromProof } from "./merkle.js";
export { signDigest, verifyDigestSignature } from "./ecdsa.js";
export * from "./verify.js";
export * from "./fetch.js";
export * from "./collect.js";
