import { type GovMessageOptions } from "./prepare.js";
import type { Signer } from "./signer.js";
/**
 * Signs one governance message: the tagged COSE_Sign1 a CCF node accepts for `type` (reference §2).
 * Same header and Sig_structure code as prepare/finish, so the two paths cannot drift; the signer only
 * ever sees the Sig_structure bytes.
 */
export declare function signGovernanceMessage(signer: Signer, options: GovMessageOptions): Promise<Uint8Array>;
