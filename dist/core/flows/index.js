/**
 * Member flows: idempotent (a re-run after success sends no write), refusing before signing what the
 * service would reject (code REFUSED), reporting progress through `onProgress(event)`. Every flow that
 * proposes returns `{state: "done"}` or `{state: "pending", proposalId, ballotsNeeded, pendingVoters}`
 * (its proposal is Open, waiting for other members' ballots; re-running adopts it), or throws
 * ProposalFailedError (Rejected, Failed, Dropped, Withdrawn). `waitMs` waits for other members' ballots.
 *
 * ```ts
 * const added = await addMember(client, { certificatePem, encryptionPublicKeyPem, memberData,
 *   proposer, voters, waitForCommit: true, onProgress: (e) => console.log(e.message) });
 * await activateMember(client, newMemberSigner);       // update digest + ack (no-op when Active)
 * const planned = await plan(client, parseManifest(text, { baseDir })); // adds/removals/changes, ≤ 3 GETs
 * if (!planned.empty) await apply(client, planned, { proposer, voters }); // ONE proposal, atomic
 * await submitRecoveryShare(client, { signer, encryptionPrivateKeyPem });
 * const audit = await auditService(client, { expectedServiceCertificatePem, expectedConstitutionSha256 }); // ack gates
 * ```
 */
export { addMember } from "./add-member.js";
export { activateMember } from "./activate-member.js";
export { removeMember } from "./remove-member.js";
export { setMemberData } from "./set-member-data.js";
export { setRecoveryThreshold } from "./set-recovery-threshold.js";
export { submitRecoveryShare } from "./recovery-share.js";
export { MAX_MANIFEST_ALIASES, MAX_MANIFEST_BYTES, parseManifest } from "./manifest.js";
export { plan, planAgainst, planChanges, apply } from "./plan.js";
export { passProposal } from "./pass-proposal.js";
export { ballotsToPass, ballotSubmitters, pendingOutcome, ruleText, voterLabel, waitingMessage, } from "./outcome.js";
export { waitForBallots } from "./wait-for-ballots.js";
export { checkMembershipChange, checkThresholdBounds } from "./guards.js";
export { readLiveState } from "./live-state.js";
export { MAX_RECOVERY_MEMBERS, isRecoveryParticipant } from "./recovery-members.js";
export { RefusedError, ProposalFailedError } from "./errors.js";
export { listMembersWithShares } from "./member-shares.js";
export { memberName } from "./member-name.js";
export { auditService, certificateSha256, parseAttestationAllowlist, parseSha256, sha256Hex, } from "./audit.js";
export { StateReader } from "./state-reader.js";
