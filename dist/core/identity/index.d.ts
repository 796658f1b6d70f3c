export { memberIdOf } from "./member-id.js";
export { loadCertificate, certificatePem } from "./certificate.js";
export { loadPrivateKey } from "./private-key.js";
export { assertKeyMatchesCertificate } from "./key-match.js";
export { CURVES, algorithmForCurve, curveForAlgorithm, curveOf, hashForAlgorithm, hashForCurve, isCurve, webCryptoCurve, type CoseAlgorithm, type Curve, type HashName, } from "./curves.js";
export { MIN_ENCRYPTION_KEY_BITS, generateEncryptionKeyPair, loadEncryptionPublicKey, type EncryptionKeyPair, type EncryptionPublicKey, } from "./encryption-key.js";
export { pemBlocks, type PemBlock } from "./pem.js";
export { generateMemberIdentity, assertMemberName, type GenerateMemberIdentityOptions, type MemberIdentity } from "./member-identity.js";
export { createCertificate, type CreateCertificateOptions } from "./certificate-generator.js";
