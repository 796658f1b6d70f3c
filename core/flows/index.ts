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
export { addMember, type AddMemberOptions, type AddMemberResult } from "./add-member.js";
export { activateMember, type ActivateMemberResult } from "./activate-member.js";
export { removeMember, type RemoveMemberOptions, type ChangeResult } from "./remove-member.js";
export { setMemberData, type SetMemberDataOptions } from "./set-member-data.js";
export { setRecoveryThreshold, type SetRecoveryThresholdOptions } from "./set-recovery-threshold.js";
export { submitRecoveryShare, type SubmitRecoveryShareOptions, type SubmitRecoveryShareResult } from "./recovery-share.js";
export { MAX_MANIFEST_ALIASES, MAX_MANIFEST_BYTES, parseManifest, type Manifest, type ManifestMember, type ParseManifestOptions } from "./manifest.js";
export { plan, planAgainst, planChanges, apply, type Plan, type PlanChanges, type PlannedMember, type ApplyOptions } from "./plan.js";
export { passProposal, type VotingOptions, type PassedProposal } from "./pass-proposal.js";
export {
  ballotsToPass,
  ballotSubmitters,
  pendingOutcome,
  ruleText,
  voterLabel,
  waitingMessage,
  type DoneOutcome,
  type Outcome,
  type PendingOutcome,
  type PendingVoter,
} from "./outcome.js";
export { waitForBallots, type WaitForBallotsOptions } from "./wait-for-ballots.js";
export { checkMembershipChange, checkThresholdBounds, type MembershipChange } from "./guards.js";
export { readLiveState, type LiveState } from "./live-state.js";
export { MAX_RECOVERY_MEMBERS, isRecoveryParticipant } from "./recovery-members.js";
export { RefusedError, ProposalFailedError } from "./errors.js";
export { listMembersWithShares, type MemberWithShare, type RecoveryShareState } from "./member-shares.js";
export { memberName } from "./member-name.js";
export {
  auditService,
  certificateSha256,
  parseAttestationAllowlist,
  parseSha256,
  sha256Hex,
  type AttestationAllowlist,
  type AuditExpectations,
  type AuditGate,
  type AuditReport,
  type AuditSource,
  type GateResult,
} from "./audit.js";
export type { ProgressEvent, ProgressListener, ProgressStep } from "./progress.js";
export { validateProposalLocally, READABLE_TABLES, type LocalValidation, type ValidateProposalOptions } from "./validate-proposal.js";
export { StateReader, type StateReaderOptions, type Snapshot } from "./state-reader.js";
