export { memberIdOf } from "./member-id.js";
export { loadCertificate, certificatePem } from "./certificate.js";
export { loadPrivateKey } from "./private-key.js";
export { assertKeyMatchesCertificate } from "./key-match.js";
export { CURVES, algorithmForCurve, curveForAlgorithm, curveOf, hashForAlgorithm, hashForCurve, isCurve, webCryptoCurve, } from "./curves.js";
export { MIN_ENCRYPTION_KEY_BITS, generateEncryptionKeyPair, loadEncryptionPublicKey, } from "./encryption-key.js";
export { pemBlocks } from "./pem.js";
export { generateMemberIdentity, assertMemberName } from "./member-identity.js";
export { createCertificate } from "./certificate-generator.js";
