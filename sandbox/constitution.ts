/**
 * The sandbox's constitution: the default constitution's `validate`, `resolve` and the `apply` of the
 * member-governance actions (microsoft/CCF samples/constitutions/default/{actions,validate,resolve}.js),
 * implemented in TypeScript over the draft state so errors carry the same texts.
 *
 * Supported actions: set_member, remove_member, set_member_data, set_recovery_threshold,
 * trigger_recovery_shares_refresh, trigger_ledger_rekey, transition_service_to_open, set_constitution.
 * Any other name fails validation with "<name>: no such action".
 *
 * `CONSTITUTION_SOURCE` is the JavaScript text served at /gov/service/constitution: a readable
 * statement of the same rules (the sandbox executes the TypeScript below, not this text). Its SHA-256 is
 * stable for a sandbox build, so tools may pin it.
 */
import { X509Certificate } from "node:crypto";
import { memberIdOf, pemBlocks } from "../core/identity/index.js";
import type { Profile } from "./profile.js";
import { activeMemberCount, activeRecoveryMemberCount, type Failure, type SandboxState } from "./state.js";
import type { WriteTx } from "./service.js";
import { ConstitutionError } from "./constitution-error.js";
import { checkEncryptionPubKey, checkRecoveryMemberChange, checkRecoverySharesChange } from "./release-rules.js";

export { ConstitutionError };

const CONSTITUTION_TABLE = "public:ccf.gov.constitution[0]";

/** A QuickJS-style stack trace (frames only, as `e.stack` prints there). */
export function traceOf(fn: string): string {
  return `    at ${fn} (${CONSTITUTION_TABLE})\n`;
}

function fail(message: string, fn: string): never {
  throw new ConstitutionError(message, fn);
}

// --- checks with the default constitution's texts ------------------------------------------------------

function typeOf(value: unknown): string {
  return typeof value;
}

function checkType(value: unknown, type: string, field: string | undefined): void {
  let t = type;
  if (t.endsWith("?")) {
    if (value === null || value === undefined) return;
    t = t.slice(0, -1);
  }
  if (t === "array") {
    if (!Array.isArray(value)) fail(`${field} must be an array`, "checkType");
  } else if (t === "integer") {
    if (!Number.isInteger(value)) fail(`${field} must be an integer`, "checkType");
  } else if (typeOf(value) !== t) {
    fail(`${field} must be of type ${t} but is ${typeOf(value)}`, "checkType");
  }
}

function checkEnum(value: unknown, members: string[], field: string): void {
  if (!members.includes(value as string)) fail(`${field} must be one of ${members.join(",")}`, "checkEnum");
}

function checkBounds(value: number, low: number | null, high: number | null, field: string): void {
  if (low !== null && value < low) fail(`${field} must be greater than ${low}`, "checkBounds");
  if (high !== null && value > high) fail(`${field} must be lower than ${high}`, "checkBounds");
}

function jsString(value: unknown): string {
  if (value !== null && typeof value === "object") return Array.isArray(value) ? value.map((v) => (v == null ? "" : jsString(v))).join(",") : "[object Object]";
  return String(value);
}

function checkNone(args: unknown): void {
  if (args !== null && args !== undefined) fail(`Proposal does not accept any argument, found "${jsString(args)}"`, "checkNone");
}

function checkEntityId(value: unknown, field: string): void {
  checkType(value, "string", field);
  const s = value as string;
  if (s.length !== 64) fail(`${field} must contain exactly 64 characters`, "checkEntityId");
  if (!/^[a-fA-F0-9]*$/.test(s)) fail(`${field} contains non-hexadecimal character`, "checkEntityId");
}

/** `ccf.crypto.isValidX509CertBundle`: at least one certificate, every PEM certificate block parses. */
export function isValidX509CertBundle(value: unknown): boolean {
  if (typeof value !== "string") return false;
  try {
    const blocks = pemBlocks(value).filter((b) => b.label === "CERTIFICATE");
    if (blocks.length === 0) return false;
    for (const b of blocks) new X509Certificate(b.pem);
    return true;
  } catch {
    return false;
  }
}

function checkX509CertBundle(value: unknown, field: string): void {
  if (!isValidX509CertBundle(value)) fail(`${field} must be a valid X509 certificate (bundle) in PEM format`, "checkX509CertBundle");
}

// --- actions -----------------------------------------------------------------------------------------

type Args = Record<string, unknown> | undefined;

interface ActionDef {
  /** `state` is the read-only KV validate sees (CCF gives validate read access since #4220). */
  validate(args: Args, profile: Profile, state: SandboxState): void;
  apply(args: Args, tx: WriteTx, proposalId: string): void;
}

const RECOVERY_ROLES = ["NonParticipant", "Participant", "Owner"];

function argsOf(args: Args): Record<string, unknown> {
  return (args ?? {}) as Record<string, unknown>;
}

/** members.acks seed: the root of the latest signature, or an empty ack before the first signature. */
function seedAck(state: SandboxState): { stateDigest: string } {
  return { stateDigest: state.ledger.root };
}

const ACTIONS: Record<string, ActionDef> = {
  set_member: {
    validate(args, profile, state) {
      const a = argsOf(args);
      checkX509CertBundle(a.cert, "cert");
      checkType(a.member_data, "object?", "member_data");
      if (profile.recoveryRole) {
        if (a.recovery_role !== undefined) checkEnum(a.recovery_role, RECOVERY_ROLES, "recovery_role");
        if (a.encryption_pub_key == null && a.recovery_role !== null && a.recovery_role !== undefined) {
          fail("Cannot specify a recovery_role value when encryption_pub_key is not specified", "validate");
        }
      }
      checkEncryptionPubKey(profile, a.encryption_pub_key); // 7.0.5+
      checkRecoveryMemberChange(profile, state, memberIdOf(a.cert as string), a.encryption_pub_key != null); // 7.0.7+
    },
    apply(args, tx) {
      const a = argsOf(args);
      const cert = a.cert as string;
      const id = memberIdOf(cert);
      const state = tx.state;
      checkRecoveryMemberChange(tx.service.profile, state, id, a.encryption_pub_key != null); // 7.0.7+
      const record: SandboxState["members"][string] = {
        certificatePem: cert,
        status: "Accepted",
        memberData: a.member_data === undefined ? null : a.member_data,
      };
      if (a.encryption_pub_key != null) record.encryptionPublicKeyPem = String(a.encryption_pub_key);
      if (tx.service.profile.recoveryRole && typeof a.recovery_role === "string") record.recoveryRole = a.recovery_role as never;
      state.members[id] = record;
      state.acks[id] = seedAck(state);
    },
  },
  remove_member: {
    validate(args, profile, state) {
      checkEntityId(argsOf(args).member_id, "member_id");
      checkRecoveryMemberChange(profile, state, argsOf(args).member_id as string, false); // 7.0.7+
    },
    apply(args, tx) {
      const id = argsOf(args).member_id as string;
      const state = tx.state;
      checkRecoveryMemberChange(tx.service.profile, state, id, false); // 7.0.7+
      const member = Object.prototype.hasOwnProperty.call(state.members, id) ? state.members[id] : undefined;
      if (!member) return; // Idempotent
      const isActive = member.status === "Active";
      const isRecovery = member.encryptionPublicKeyPem !== undefined;
      if (isActive && isRecovery) {
        const after = activeRecoveryMemberCount(state) - 1;
        const threshold = state.service.config.recoveryThreshold;
        if (after < threshold) {
          fail(`Number of active recovery members (${after}) would be less than recovery threshold (${threshold})`, "apply");
        }
      }
      delete state.members[id];
      delete state.acks[id];
      delete state.recovery.encryptedShares[id];
      if (isActive && isRecovery) tx.service.hooks.onRecoveryMembersChanged(tx, "rekey");
    },
  },
  set_member_data: {
    validate(args) {
      const a = argsOf(args);
      checkEntityId(a.member_id, "member_id");
      checkType(a.member_data, "object", "member_data");
    },
    apply(args, tx) {
      const a = argsOf(args);
      const id = a.member_id as string;
      const member = Object.prototype.hasOwnProperty.call(tx.state.members, id) ? tx.state.members[id] : undefined;
      if (!member) fail(`Member ${id} does not exist`, "apply");
      member.memberData = a.member_data;
    },
  },
  set_recovery_threshold: {
    validate(args, profile, state) {
      const a = argsOf(args);
      checkType(a.recovery_threshold, "integer", "threshold");
      checkBounds(a.recovery_threshold as number, 1, 254, "threshold");
      checkRecoverySharesChange(profile, state); // 7.0.7+
    },
    apply(args, tx) {
      const to = argsOf(args).recovery_threshold as number;
      const state = tx.state;
      checkRecoverySharesChange(tx.service.profile, state); // 7.0.7+
      const from = state.service.config.recoveryThreshold;
      if (to === undefined || from === to) return;
      const status = state.service.status;
      if (status === "WaitingForRecoveryShares") fail(`Cannot set recovery threshold if service is ${status}`, "checkRecoveryThreshold");
      if (status === "Open") {
        const n = activeRecoveryMemberCount(state);
        if (to > n) {
          fail(`Cannot set recovery threshold to ${to}: recovery threshold would be greater than the number of recovery members ${n}`, "checkRecoveryThreshold");
        }
      }
      state.service.config.recoveryThreshold = to;
      tx.service.hooks.onRecoveryMembersChanged(tx, "threshold");
    },
  },
  trigger_recovery_shares_refresh: {
    validate(args, profile, state) {
      checkNone(args);
      checkRecoverySharesChange(profile, state); // 7.0.7+
    },
    apply(_args, tx) {
      checkRecoverySharesChange(tx.service.profile, tx.state); // 7.0.7+
      tx.service.hooks.onRecoveryMembersChanged(tx, "refresh");
    },
  },
  trigger_ledger_rekey: {
    validate(args, profile, state) {
      checkNone(args);
      checkRecoverySharesChange(profile, state); // 7.0.7+
    },
    apply(_args, tx) {
      checkRecoverySharesChange(tx.service.profile, tx.state); // 7.0.7+
      tx.service.hooks.onRecoveryMembersChanged(tx, "rekey");
    },
  },
  transition_service_to_open: {
    validate(args) {
      const a = argsOf(args);
      checkType(a.next_service_identity, "string", "next service identity (PEM certificate)");
      checkX509CertBundle(a.next_service_identity, "next_service_identity");
      checkType(a.previous_service_identity, "string?", "previous service identity (PEM certificate)");
      if (a.previous_service_identity !== undefined) checkX509CertBundle(a.previous_service_identity, "previous_service_identity");
    },
    apply(args, tx) {
      const a = argsOf(args);
      if (tx.state.service.status === "Recovering" && (a.previous_service_identity === undefined || a.next_service_identity === undefined)) {
        fail("Opening a recovering network requires both, the previous and the next service identity", "apply");
      }
      tx.service.hooks.transitionServiceToOpen(tx, a.previous_service_identity as string | undefined, a.next_service_identity as string);
    },
  },
  set_constitution: {
    validate(args) {
      checkType(argsOf(args).constitution, "string", undefined);
    },
    apply(args, tx, proposalId) {
      // The text is stored and served; the sandbox keeps evaluating its built-in rules.
      tx.state.constitution = argsOf(args).constitution as string;
      for (const [pid, p] of Object.entries(tx.state.proposals)) {
        if (pid !== proposalId && p.state === "Open") p.state = "Dropped";
      }
    },
  },
};

interface ProposalAction {
  name?: unknown;
  args?: Args;
}

function parseProposal(text: string): ProposalAction[] {
  const proposal = JSON.parse(text) as { actions?: unknown } | null;
  const actions = (proposal as { actions?: unknown })["actions"];
  if (!Array.isArray(actions)) throw new TypeError("not a function");
  return actions as ProposalAction[];
}

/**
 * `validate(input)`: `{ valid, description }`; throws (JSON syntax, no `actions` array) as the JS would,
 * which the caller reports as "Failed to execute validation: ...".
 */
export function validateProposal(text: string, profile: Profile, state: SandboxState): { valid: boolean; description: string } {
  const actions = parseProposal(text);
  const errors: string[] = [];
  actions.forEach((action, position) => {
    const name = String(action?.name);
    const def = Object.prototype.hasOwnProperty.call(ACTIONS, name) ? ACTIONS[name] : undefined;
    if (!def) {
      errors.push(`${name}: no such action`);
      return;
    }
    try {
      def.validate(action.args, profile, state);
    } catch (e) {
      const err = e as Error;
      const trace = err instanceof ConstitutionError ? traceOf(err.fn) + traceOf("validate") : traceOf("validate");
      errors.push(`${name} at position ${position} failed validation: ${err.name}: ${err.message}\n${trace}`);
    }
  });
  return { valid: errors.length === 0, description: errors.join(", ") };
}

/** The default `resolve`: Accepted once yes votes exceed half of the Active members (recomputed now). */
export function resolveDefault(state: SandboxState, votes: Record<string, boolean>): "Open" | "Accepted" {
  const yes = Object.values(votes).filter((v) => v).length;
  return yes > Math.floor(activeMemberCount(state) / 2) ? "Accepted" : "Open";
}

/** `apply(proposal, proposalId)`: runs every action in order on the draft; throws the failure. */
export function applyProposal(text: string, proposalId: string, tx: WriteTx): void {
  for (const action of parseProposal(text)) {
    const def = ACTIONS[String(action.name)];
    if (!def) throw new ConstitutionError(`Unknown action: ${String(action.name)}`, "apply");
    def.apply(action.args, tx, proposalId);
  }
}

/** A failure record for an exception raised while resolving/applying (CCF's `error_message()`). */
export function failureOf(prefix: string, err: unknown): Failure {
  const e = err instanceof Error ? err : new Error(String(err));
  const name = e.name;
  const trace = e instanceof ConstitutionError ? traceOf(e.fn) + traceOf("apply") : traceOf("apply");
  return { reason: `${prefix}${name}: ${e.message}`, trace };
}

/** The constitution text served at /gov/service/constitution (see file comment). */
export const CONSTITUTION_SOURCE = `// ccf-consortium sandbox constitution.
// The rules of CCF's default constitution (samples/constitutions/default) for member governance,
// restated. The sandbox evaluates the same rules natively.

class Action {
  constructor(validate, apply) {
    this.validate = validate;
    this.apply = apply;
  }
}

function checkType(value, type, field) {
  const optional = type.endsWith("?");
  if (optional) {
    if (value === null || value === undefined) return;
    type = type.slice(0, -1);
  }
  if (type === "array") {
    if (!Array.isArray(value)) throw new Error(\`\${field} must be an array\`);
  } else if (type === "integer") {
    if (!Number.isInteger(value)) throw new Error(\`\${field} must be an integer\`);
  } else if (typeof value !== type) {
    throw new Error(\`\${field} must be of type \${type} but is \${typeof value}\`);
  }
}

function checkEnum(value, members, field) {
  if (!members.includes(value)) throw new Error(\`\${field} must be one of \${members}\`);
}

function checkBounds(value, low, high, field) {
  if (low !== null && value < low) throw new Error(\`\${field} must be greater than \${low}\`);
  if (high !== null && value > high) throw new Error(\`\${field} must be lower than \${high}\`);
}

function checkNone(args) {
  if (args !== null && args !== undefined) throw new Error(\`Proposal does not accept any argument, found "\${args}"\`);
}

function checkEntityId(value, field) {
  checkType(value, "string", field);
  if (value.length !== 64) throw new Error(\`\${field} must contain exactly 64 characters\`);
  if (!/^[a-fA-F0-9]*$/.test(value)) throw new Error(\`\${field} contains non-hexadecimal character\`);
}

function checkX509CertBundle(value, field) {
  if (!ccf.crypto.isValidX509CertBundle(value)) {
    throw new Error(\`\${field} must be a valid X509 certificate (bundle) in PEM format\`);
  }
}

// set_member: cert (PEM bundle), member_data (object?), encryption_pub_key (PEM?), recovery_role (6.x+).
//   apply: status Accepted, ack seeded with the latest signature's root; same cert = same id = overwrite.
// remove_member: member_id (64 hex). Unknown id: no-op. An Active recovery member may only be removed if
//   the remaining Active recovery members still reach the recovery threshold; its removal rekeys the ledger.
// set_member_data: member_id, member_data (object). apply throws "Member <id> does not exist".
// set_recovery_threshold: recovery_threshold integer in [1, 254]; not while WaitingForRecoveryShares;
//   when Open, at most the number of Active recovery members; a change re-issues recovery shares.
// trigger_recovery_shares_refresh, trigger_ledger_rekey: no arguments.
// transition_service_to_open: next_service_identity (PEM), previous_service_identity (PEM, required
//   when Recovering).
// set_constitution: constitution (string); other Open proposals become Dropped.
const actions = new Map([
  ["set_member", new Action(
    function (args) {
      checkX509CertBundle(args.cert, "cert");
      checkType(args.member_data, "object?", "member_data");
      if (args.recovery_role !== undefined) {
        checkEnum(args.recovery_role, ["NonParticipant", "Participant", "Owner"], "recovery_role");
      }
      if (args.encryption_pub_key == null && args.recovery_role !== null && args.recovery_role !== undefined) {
        throw new Error("Cannot specify a recovery_role value when encryption_pub_key is not specified");
      }
    },
    function (args) { ccf.sandbox.setMember(args); })],
  ["remove_member", new Action(
    function (args) { checkEntityId(args.member_id, "member_id"); },
    function (args) { ccf.sandbox.removeMember(args.member_id); })],
  ["set_member_data", new Action(
    function (args) {
      checkEntityId(args.member_id, "member_id");
      checkType(args.member_data, "object", "member_data");
    },
    function (args) { ccf.sandbox.setMemberData(args.member_id, args.member_data); })],
  ["set_recovery_threshold", new Action(
    function (args) {
      checkType(args.recovery_threshold, "integer", "threshold");
      checkBounds(args.recovery_threshold, 1, 254, "threshold");
    },
    function (args) { ccf.sandbox.setRecoveryThreshold(args.recovery_threshold); })],
  ["trigger_recovery_shares_refresh", new Action(checkNone, function () { ccf.node.triggerRecoverySharesRefresh(); })],
  ["trigger_ledger_rekey", new Action(checkNone, function () { ccf.node.triggerLedgerRekey(); })],
  ["transition_service_to_open", new Action(
    function (args) {
      checkType(args.next_service_identity, "string", "next service identity (PEM certificate)");
      checkX509CertBundle(args.next_service_identity, "next_service_identity");
      checkType(args.previous_service_identity, "string?", "previous service identity (PEM certificate)");
      if (args.previous_service_identity !== undefined) {
        checkX509CertBundle(args.previous_service_identity, "previous_service_identity");
      }
    },
    function (args) { ccf.node.transitionServiceToOpen(args.previous_service_identity, args.next_service_identity); })],
  ["set_constitution", new Action(
    function (args) { checkType(args.constitution, "string"); },
    function (args, proposalId) { ccf.sandbox.setConstitution(args.constitution, proposalId); })],
]);

export function validate(input) {
  const proposal = JSON.parse(input);
  const errors = [];
  let position = 0;
  for (const action of proposal["actions"]) {
    const definition = actions.get(action.name);
    if (definition) {
      try {
        definition.validate(action.args);
      } catch (e) {
        errors.push(\`\${action.name} at position \${position} failed validation: \${e}\\n\${e.stack}\`);
      }
    } else {
      errors.push(\`\${action.name}: no such action\`);
    }
    position++;
  }
  return { valid: errors.length === 0, description: errors.join(", ") };
}

export function resolve(proposal, proposerId, votes) {
  const memberVoteCount = votes.filter((v) => v.vote).length;
  let activeMemberCount = 0;
  ccf.kv["public:ccf.gov.members.info"].forEach((v) => {
    if (ccf.bufToJsonCompatible(v).status === "Active") activeMemberCount++;
  });
  if (memberVoteCount > Math.floor(activeMemberCount / 2)) return "Accepted";
  return "Open";
}

export function apply(proposal, proposalId) {
  const proposed = JSON.parse(proposal);
  for (const action of proposed["actions"]) {
    actions.get(action.name).apply(action.args, proposalId);
  }
}
`;
