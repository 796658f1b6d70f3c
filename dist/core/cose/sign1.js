import { CcfConsortiumError, InputError } from "../errors.js";
import { algorithmInfo } from "./algorithms.js";
import { encodeSign1 } from "./envelope.js";
import { normalizeGovHeader } from "./protected-header.js";
import { payloadBytes } from "./payload.js";
import { buildUnsigned } from "./prepare.js";
/**
 * Signs one governance message: the tagged COSE_Sign1 a CCF node accepts for `type` (reference §2).
 * Same header and Sig_structure code as prepare/finish, so the two paths cannot drift; the signer only
 * ever sees the Sig_structure bytes.
 */
export async function signGovernanceMessage(signer, options) {
    const names = options.names ?? {};
    if (!signer || typeof signer.sign !== "function")
        throw new InputError("signer", "must provide sign(toBeSigned)");
    const header = normalizeGovHeader({
        algorithm: signer.algorithm,
        memberId: signer.memberId,
        type: options.type,
        createdAt: options.createdAt,
        proposalId: options.proposalId,
    }, { ...names, memberId: "signer.memberId" }, options.now);
    const payload = payloadBytes(options.payload, names.payload ?? "payload");
    const { protectedHeader, sigStructure } = buildUnsigned(header, payload);
    const signature = await signer.sign(sigStructure);
    const want = algorithmInfo(header.algorithm).signatureBytes;
    if (!(signature instanceof Uint8Array) || signature.length !== want) {
        const got = signature instanceof Uint8Array ? `${signature.length} bytes` : typeof signature;
        throw new CcfConsortiumError("SIGNER", `the signer returned ${got}; an ${header.algorithm} signature is ${want} bytes (raw r||s)`);
    }
    return encodeSign1(protectedHeader, payload, signature);
}
