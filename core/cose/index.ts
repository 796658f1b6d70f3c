export {
  GOV_MESSAGE_TYPES,
  GOV_MESSAGE_TYPES_WITH_PROPOSAL_ID,
  isGovMessageType,
  parseGovMessageType,
  requiresProposalId,
  type GovMessageType,
} from "./message-types.js";
export { algorithmFromCoseId, algorithmInfo, digestFor, isCoseAlgorithm, type AlgorithmInfo } from "./algorithms.js";
export {
  HEADER_ALG,
  HEADER_CREATED_AT,
  HEADER_KID,
  HEADER_MSG_TYPE,
  HEADER_PROPOSAL_ID,
  MAX_CREATED_AT,
  encodeProtectedHeader,
  normalizeCreatedAt,
  normalizeGovHeader,
  normalizeMemberId,
  normalizeProposalId,
  type GovHeader,
  type GovHeaderInput,
} from "./protected-header.js";
export { sigStructure } from "./sig-structure.js";
export { COSE_SIGN1_TAG, encodeSign1 } from "./envelope.js";
export { payloadBytes, type GovPayload } from "./payload.js";
export type { Signer } from "./signer.js";
export { localSigner, type LocalSignerOptions } from "./local-signer.js";
export {
  checkSignatureLength,
  finishGovernanceMessage,
  prepareGovernanceMessage,
  toBeSignedFromJSON,
  toBeSignedToJSON,
  type GovMessageOptions,
  type InputNames,
  type PrepareOptions,
  type ToBeSigned,
  type ToBeSignedJSON,
} from "./prepare.js";
export { signGovernanceMessage } from "./sign1.js";
export { decodeSign1, parseProtectedHeader, type DecodedSign1, type GovProtectedHeaders } from "./decode.js";
export {
  verifyGovernanceMessage,
  verifySign1,
  type GovernanceVerification,
  type VerificationKey,
  type VerifyGovernanceOptions,
} from "./verify.js";
export { azureKeyVaultSigner, parseKeyVaultKeyId, type AzureKeyVaultSignerOptions } from "./akv-signer.js";
export { AZURE_CREDENTIALS, parseAzureCredentialName, type AzureCredentialName } from "../azure/credential.js";
