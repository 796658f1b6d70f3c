/**
 * The sandbox runs its constitution: the text in `state.constitution` (the default one, a custom one
 * given with `--constitution`, or whatever an accepted `set_constitution` stored) is evaluated in the
 * QuickJS engine of core/constitution, once per text, and its `validate`, `resolve` and `apply` are
 * called with `ccf.kv` over the governance state (./kv.ts) and `ccf.node` over the service's hooks.
 *
 * Error texts follow CCF (src/node/gov/handlers/proposals.h): a `validate` that throws answers 500
 * "Failed to execute validation: ..."; `resolve`/`apply` exceptions mark the proposal Failed with
 * "Failed to resolve(): ..." / "Failed to apply(): ..." and the transaction is discarded.
 */
import { Constitution, ConstitutionError, type ConstitutionHost, type EngineLimits, type Resolution, type Validation, type Vote } from "../../core/constitution/index.js";
import type { Profile } from "../profile.js";
import type { SandboxService, WriteTx } from "../service.js";
import type { Failure, SandboxState } from "../state.js";
import { sandboxTables } from "./kv.js";
import { DEFAULT_CONSTITUTION } from "./default.js";

export { DEFAULT_CONSTITUTION, DEFAULT_CONSTITUTION_FILES } from "./default.js";

/** The default constitution's text (served at /gov/service/constitution unless replaced). */
export const CONSTITUTION_SOURCE = DEFAULT_CONSTITUTION;

/** How many compiled constitutions a service keeps (the running one and a few recent ones). */
const CACHE_SIZE = 3;

interface Runner {
  limits: Partial<EngineLimits> | undefined;
  compiled: Map<string, Constitution>;
  /** Console output of constitution code (dropped when absent). */
  log?: (level: string, text: string) => void;
}

const runners = new WeakMap<SandboxService, Runner>();

function runnerOf(service: SandboxService): Runner {
  let r = runners.get(service);
  if (!r) {
    r = { limits: undefined, compiled: new Map() };
    runners.set(service, r);
  }
  return r;
}

/** Sets the engine limits for this service's constitution (before its first proposal). */
export function configureConstitution(service: SandboxService, options: { limits?: Partial<EngineLimits>; log?: (level: string, text: string) => void }): void {
  const r = runnerOf(service);
  r.limits = options.limits;
  r.log = options.log;
}

/** Releases the service's QuickJS runtimes (at close). */
export function disposeConstitutions(service: SandboxService): void {
  const r = runners.get(service);
  if (!r) return;
  for (const c of r.compiled.values()) c.dispose();
  r.compiled.clear();
}

/** The `ccfConsortium` global the default constitution reads its release rules from (sandbox/profile.ts). */
export function releaseGlobals(profile: Profile): Record<string, unknown> {
  const { ccfVersion, recoveryRole, rsaEncryptionKeyCheck, recoveryChangesRefused } = profile;
  return { ccfConsortium: { ccfVersion, rules: { recoveryRole, rsaEncryptionKeyCheck, recoveryChangesRefused } } };
}

/** The compiled constitution for `source` (cached); throws a `ConstitutionError` when it does not load. */
function constitutionFor(service: SandboxService, source: string): Constitution {
  const r = runnerOf(service);
  const hit = r.compiled.get(source);
  if (hit) {
    r.compiled.delete(source);
    r.compiled.set(source, hit);
    return hit;
  }
  const c = new Constitution(source, { limits: r.limits, globals: releaseGlobals(service.profile) });
  r.compiled.set(source, c);
  while (r.compiled.size > CACHE_SIZE) {
    const [oldest, old] = r.compiled.entries().next().value!;
    r.compiled.delete(oldest);
    old.dispose();
  }
  return c;
}

function host(service: SandboxService, state: () => SandboxState, tx: WriteTx | undefined): ConstitutionHost {
  const table = sandboxTables(state, { recoveryRole: service.profile.recoveryRole, writable: tx !== undefined });
  const log = runnerOf(service).log;
  return {
    table,
    log,
    node: tx && {
      triggerRecoverySharesRefresh: () => service.hooks.onRecoveryMembersChanged(tx, "refresh"),
      triggerLedgerRekey: () => service.hooks.onRecoveryMembersChanged(tx, "rekey"),
      transitionServiceToOpen: (previous, next) => service.hooks.transitionServiceToOpen(tx, previous, next),
    },
  };
}

/** `${e} ${e.stack}` as CCF reports a JS exception; a limit's own text otherwise. */
export function describeError(err: unknown): { reason: string; trace?: string } {
  if (err instanceof ConstitutionError) {
    if (err.limit || !err.script) return { reason: err.message };
    const s = err.script;
    return s.stack ? { reason: `${s.name}: ${s.message}`, trace: s.stack } : { reason: `${s.name}: ${s.message}` };
  }
  const e = err instanceof Error ? err : new Error(String(err));
  return { reason: `${e.name}: ${e.message}` };
}

/**
 * `validate(input)` of the running constitution over the current state (read-only). Throws a
 * `ConstitutionError` when the constitution does not load, throws, or hits a limit.
 */
export function validateProposal(service: SandboxService, text: string, state: SandboxState = service.state): Validation {
  return constitutionFor(service, state.constitution).validate(text, host(service, () => state, undefined));
}

/** `resolve(proposal, proposerId, votes)` over the draft (read-only). */
export function resolveProposalState(tx: WriteTx, text: string, proposerId: string, votes: Record<string, boolean>): Resolution {
  const list: Vote[] = Object.entries(votes).map(([member_id, vote]) => ({ member_id, vote }));
  return constitutionFor(tx.service, tx.state.constitution).resolve(text, proposerId, list, host(tx.service, () => tx.state, undefined));
}

/** `apply(proposal, proposalId)` on the draft, with the node's effects; throws the failure. */
export function applyProposal(tx: WriteTx, text: string, proposalId: string): void {
  // The constitution that accepted the proposal applies it (set_constitution changes state.constitution).
  const constitution = constitutionFor(tx.service, tx.state.constitution);
  constitution.apply(text, proposalId, host(tx.service, () => tx.state, tx));
}

/** A failure record (CCF's `error_message()`): "<prefix><Name>: <message>" and the script's stack. */
export function failureOf(prefix: string, err: unknown): Failure {
  const d = describeError(err);
  return d.trace === undefined ? { reason: `${prefix}${d.reason}` } : { reason: `${prefix}${d.reason}`, trace: d.trace };
}
