/**
 * The sandbox's default constitution: JavaScript laid out as CCF's samples/constitutions/default
 * (actions.js, validate.js, resolve.js, apply.js), for the member-governance actions, with the same
 * texts. It is what the sandbox runs and serves at /gov/service/constitution.
 *
 * One text serves every release line (its SHA-256 is stable for a sandbox build, so tools may pin it);
 * the rules that differ between CCF releases read `ccfConsortium` ({ ccfVersion, rules }), a global the
 * sandbox defines from its profile (sandbox/profile.ts, docs/fidelity.md) and validate-proposal from the
 * node's version. Where it is absent (a real node) the 6.x rules apply.
 *
 * Actions: set_member, remove_member, set_member_data, set_recovery_threshold,
 * trigger_recovery_shares_refresh, trigger_ledger_rekey, transition_service_to_open, set_constitution.
 * Any other name fails validation with "<name>: no such action".
 */

const ACTIONS_JS = String.raw`// ccf-consortium sandbox constitution: the member-governance part of CCF's default constitution
// (samples/constitutions/default), run by the sandbox in QuickJS.

// The release whose rules apply: the sandbox (and validate-proposal) define ccfConsortium; a real node
// does not, and the 6.x rules apply.
const RELEASE = typeof ccfConsortium === "object" && ccfConsortium !== null ? ccfConsortium : {};
const CCF_VERSION = typeof RELEASE.ccfVersion === "number" ? RELEASE.ccfVersion : 6;
const RULES = Object.assign(
  {
    recoveryRole: CCF_VERSION >= 6, // set_member recovery_role (6.0)
    rsaEncryptionKeyCheck: CCF_VERSION >= 7, // encryption_pub_key is an RSA key of >= 2048 bits (7.0.5, #7924)
    recoveryChangesRefused: CCF_VERSION >= 7, // no recovery member/threshold/share/rekey change while recovering (7.0.7, #7980)
  },
  RELEASE.rules,
);

class Action {
  constructor(validate, apply) {
    this.validate = validate;
    this.apply = apply;
  }
}

function checkType(value, type, field) {
  const optional = type.endsWith("?");
  if (optional) {
    if (value === null || value === undefined) {
      return;
    }
    type = type.slice(0, -1);
  }
  if (type === "array") {
    if (!Array.isArray(value)) {
      throw new Error(field + " must be an array");
    }
  } else if (type === "integer") {
    if (!Number.isInteger(value)) {
      throw new Error(field + " must be an integer");
    }
  } else if (typeof value !== type) {
    throw new Error(field + " must be of type " + type + " but is " + typeof value);
  }
}

function checkEnum(value, members, field) {
  if (!members.includes(value)) {
    throw new Error(field + " must be one of " + members);
  }
}

function checkBounds(value, low, high, field) {
  if (low !== null && value < low) {
    throw new Error(field + " must be greater than " + low);
  }
  if (high !== null && value > high) {
    throw new Error(field + " must be lower than " + high);
  }
}

function checkNone(args) {
  if (args !== null && args !== undefined) {
    throw new Error('Proposal does not accept any argument, found "' + args + '"');
  }
}

function checkEntityId(value, field) {
  checkType(value, "string", field);
  // The hex-encoding of a SHA-256 digest: 64 characters.
  const digestLength = 64;
  if (value.length !== digestLength) {
    throw new Error(field + " must contain exactly " + digestLength + " characters");
  }
  const re = new RegExp("^[a-fA-F0-9]*$");
  if (!re.test(value)) {
    throw new Error(field + " contains non-hexadecimal character");
  }
}

function checkX509CertBundle(value, field) {
  if (!ccf.crypto.isValidX509CertBundle(value)) {
    throw new Error(field + " must be a valid X509 certificate (bundle) in PEM format");
  }
}

// CCF 7.0.5 (#7924): an encryption key must be an RSA public key of at least 2048 bits.
function base64UrlByteLength(value, field) {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) {
    throw new Error(field + " must be base64url-encoded");
  }
  return Math.floor((value.length * 6) / 8);
}

function checkRsaPublicKey(jwk, field) {
  checkType(jwk.n, "string", field + ".n");
  checkType(jwk.e, "string", field + ".e");
  base64UrlByteLength(jwk.e, field + ".e");
  if (base64UrlByteLength(jwk.n, field + ".n") < 256) {
    throw new Error(field + ".n must be at least 2048 bits");
  }
}

// CCF 7.0.7 (#7980): no change to recovery members, threshold, shares or ledger secret during recovery.
function isServiceRecovering() {
  const rawService = ccf.kv["public:ccf.gov.service.info"].get(getSingletonKvKey());
  if (rawService === undefined) {
    return false;
  }
  const status = ccf.bufToJsonCompatible(rawService).status;
  return status === "Recovering" || status === "WaitingForRecoveryShares";
}

function checkRecoveryMemberChange(memberId, hasInputEncryptionKey) {
  if (!RULES.recoveryChangesRefused || !isServiceRecovering()) {
    return;
  }
  const holdsKey = ccf.kv["public:ccf.gov.members.encryption_public_keys"].has(ccf.strToBuf(memberId));
  if (hasInputEncryptionKey || holdsKey) {
    throw new Error("Cannot change recovery members during recovery");
  }
}

function checkRecoverySharesChange() {
  if (!RULES.recoveryChangesRefused || !isServiceRecovering()) {
    return;
  }
  throw new Error("Cannot change the recovery threshold, refresh recovery shares, or rekey the ledger during recovery");
}

function getSingletonKvKey() {
  // When a KV map only contains one value, this is the key at which the value is recorded.
  return new ArrayBuffer(8);
}

function getActiveRecoveryMembersCount() {
  let activeRecoveryMembersCount = 0;
  ccf.kv["public:ccf.gov.members.encryption_public_keys"].forEach((_, k) => {
    let rawMemberInfo = ccf.kv["public:ccf.gov.members.info"].get(k);
    if (rawMemberInfo === undefined) {
      throw new Error("Recovery member " + ccf.bufToStr(k) + " has no information");
    }
    const memberInfo = ccf.bufToJsonCompatible(rawMemberInfo);
    if (memberInfo.status === "Active") {
      activeRecoveryMembersCount++;
    }
  });
  return activeRecoveryMembersCount;
}

function invalidateOtherOpenProposals(proposalIdToRetain) {
  const proposalsMap = ccf.kv["public:ccf.gov.proposals_info"];
  proposalsMap.forEach((v, k) => {
    let proposalId = ccf.bufToStr(k);
    if (proposalId !== proposalIdToRetain) {
      let info = ccf.bufToJsonCompatible(v);
      if (info.state === "Open") {
        info.state = "Dropped";
        proposalsMap.set(k, ccf.jsonCompatibleToBuf(info));
      }
    }
  });
}

function checkRecoveryThreshold(config, new_config) {
  const from = config.recovery_threshold;
  const to = new_config.recovery_threshold;
  if (to === undefined || from === to) {
    return;
  }

  const service_info = "public:ccf.gov.service.info";
  const rawService = ccf.kv[service_info].get(getSingletonKvKey());
  if (rawService === undefined) {
    throw new Error("Service information could not be found");
  }

  const service = ccf.bufToJsonCompatible(rawService);

  if (service.status === "WaitingForRecoveryShares") {
    throw new Error("Cannot set recovery threshold if service is " + service.status);
  } else if (service.status === "Open") {
    let activeRecoveryMembersCount = getActiveRecoveryMembersCount();
    if (new_config.recovery_threshold > activeRecoveryMembersCount) {
      throw new Error(
        "Cannot set recovery threshold to " + new_config.recovery_threshold +
          ": recovery threshold would be greater than the number of recovery members " + activeRecoveryMembersCount,
      );
    }
  }
}

function updateServiceConfig(new_config) {
  const service_config_table = "public:ccf.gov.service.config";
  const rawConfig = ccf.kv[service_config_table].get(getSingletonKvKey());
  if (rawConfig === undefined) {
    throw new Error("Service configuration could not be found");
  }
  let config = ccf.bufToJsonCompatible(rawConfig);

  checkRecoveryThreshold(config, new_config);

  let need_recovery_threshold_refresh = false;
  if (new_config.recovery_threshold !== undefined && new_config.recovery_threshold !== config.recovery_threshold) {
    config.recovery_threshold = new_config.recovery_threshold;
    need_recovery_threshold_refresh = true;
  }

  ccf.kv[service_config_table].set(getSingletonKvKey(), ccf.jsonCompatibleToBuf(config));

  if (need_recovery_threshold_refresh) {
    ccf.node.triggerRecoverySharesRefresh();
  }
}

const actions = new Map([
  [
    "set_constitution",
    new Action(
      function (args) {
        checkType(args.constitution, "string");
      },
      function (args, proposalId) {
        ccf.kv["public:ccf.gov.constitution"].set(getSingletonKvKey(), ccf.jsonCompatibleToBuf(args.constitution));
        // Changing the constitution changes the semantics of any other open proposals: invalidate them.
        invalidateOtherOpenProposals(proposalId);
      },
    ),
  ],
  [
    "set_member",
    new Action(
      function (args) {
        checkX509CertBundle(args.cert, "cert");
        checkType(args.member_data, "object?", "member_data");
        if (RULES.recoveryRole) {
          const recovery_role = args.recovery_role;
          if (recovery_role !== undefined) {
            checkEnum(recovery_role, ["NonParticipant", "Participant", "Owner"], "recovery_role");
          }
          if (args.encryption_pub_key == null && args.recovery_role !== null && args.recovery_role !== undefined) {
            throw new Error("Cannot specify a recovery_role value when encryption_pub_key is not specified");
          }
        }
        if (RULES.rsaEncryptionKeyCheck && args.encryption_pub_key !== null && args.encryption_pub_key !== undefined) {
          checkRsaPublicKey(ccf.crypto.pubRsaPemToJwk(args.encryption_pub_key), "encryption_pub_key");
        }
        checkRecoveryMemberChange(ccf.pemToId(args.cert), args.encryption_pub_key != null);
      },
      function (args) {
        const memberId = ccf.pemToId(args.cert);
        checkRecoveryMemberChange(memberId, args.encryption_pub_key != null);
        const rawMemberId = ccf.strToBuf(memberId);

        ccf.kv["public:ccf.gov.members.certs"].set(rawMemberId, ccf.strToBuf(args.cert));

        if (args.encryption_pub_key == null) {
          ccf.kv["public:ccf.gov.members.encryption_public_keys"].delete(rawMemberId);
        } else {
          ccf.kv["public:ccf.gov.members.encryption_public_keys"].set(rawMemberId, ccf.strToBuf(args.encryption_pub_key));
        }

        let member_info = {};
        member_info.member_data = args.member_data;
        if (RULES.recoveryRole) {
          member_info.recovery_role = args.recovery_role;
        }
        member_info.status = "Accepted";
        ccf.kv["public:ccf.gov.members.info"].set(rawMemberId, ccf.jsonCompatibleToBuf(member_info));

        const rawSignature = ccf.kv["public:ccf.internal.signatures"].get(getSingletonKvKey());
        if (rawSignature === undefined) {
          ccf.kv["public:ccf.gov.members.acks"].set(rawMemberId);
        } else {
          const signature = ccf.bufToJsonCompatible(rawSignature);
          const ack = {};
          ack.state_digest = signature.root;
          ccf.kv["public:ccf.gov.members.acks"].set(rawMemberId, ccf.jsonCompatibleToBuf(ack));
        }
      },
    ),
  ],
  [
    "remove_member",
    new Action(
      function (args) {
        checkEntityId(args.member_id, "member_id");
        checkRecoveryMemberChange(args.member_id, false);
      },
      function (args) {
        checkRecoveryMemberChange(args.member_id, false);
        const rawMemberId = ccf.strToBuf(args.member_id);
        const rawMemberInfo = ccf.kv["public:ccf.gov.members.info"].get(rawMemberId);
        if (rawMemberInfo === undefined) {
          return; // Idempotent
        }

        const memberInfo = ccf.bufToJsonCompatible(rawMemberInfo);
        const isActiveMember = memberInfo.status == "Active";
        const isRecoveryMember = ccf.kv["public:ccf.gov.members.encryption_public_keys"].has(rawMemberId);

        // An active recovery member may only go if enough recovery members remain to recover the service.
        if (isActiveMember && isRecoveryMember) {
          const rawConfig = ccf.kv["public:ccf.gov.service.config"].get(getSingletonKvKey());
          if (rawConfig === undefined) {
            throw new Error("Service configuration could not be found");
          }
          const config = ccf.bufToJsonCompatible(rawConfig);
          const activeRecoveryMembersCountAfter = getActiveRecoveryMembersCount() - 1;
          if (activeRecoveryMembersCountAfter < config.recovery_threshold) {
            throw new Error(
              "Number of active recovery members (" + activeRecoveryMembersCountAfter +
                ") would be less than recovery threshold (" + config.recovery_threshold + ")",
            );
          }
        }

        ccf.kv["public:ccf.gov.members.info"].delete(rawMemberId);
        ccf.kv["public:ccf.gov.members.encryption_public_keys"].delete(rawMemberId);
        ccf.kv["public:ccf.gov.members.certs"].delete(rawMemberId);
        ccf.kv["public:ccf.gov.members.acks"].delete(rawMemberId);
        ccf.kv["public:ccf.gov.history"].delete(rawMemberId);

        if (isActiveMember && isRecoveryMember) {
          // A retired recovery member must not read the private ledger going forward: rekey it.
          ccf.node.triggerLedgerRekey();
        }
      },
    ),
  ],
  [
    "set_member_data",
    new Action(
      function (args) {
        checkEntityId(args.member_id, "member_id");
        checkType(args.member_data, "object", "member_data");
      },
      function (args) {
        let member_id = ccf.strToBuf(args.member_id);
        let members_info = ccf.kv["public:ccf.gov.members.info"];
        let member_info = members_info.get(member_id);
        if (member_info === undefined) {
          throw new Error("Member " + args.member_id + " does not exist");
        }
        let mi = ccf.bufToJsonCompatible(member_info);
        mi.member_data = args.member_data;
        members_info.set(member_id, ccf.jsonCompatibleToBuf(mi));
      },
    ),
  ],
  [
    "set_recovery_threshold",
    new Action(
      function (args) {
        checkType(args.recovery_threshold, "integer", "threshold");
        checkBounds(args.recovery_threshold, 1, 254, "threshold");
        checkRecoverySharesChange();
      },
      function (args) {
        checkRecoverySharesChange();
        updateServiceConfig(args);
      },
    ),
  ],
  [
    "trigger_recovery_shares_refresh",
    new Action(
      function (args) {
        checkNone(args);
        checkRecoverySharesChange();
      },
      function (args) {
        checkRecoverySharesChange();
        ccf.node.triggerRecoverySharesRefresh();
      },
    ),
  ],
  [
    "trigger_ledger_rekey",
    new Action(
      function (args) {
        checkNone(args);
        checkRecoverySharesChange();
      },
      function (args) {
        checkRecoverySharesChange();
        ccf.node.triggerLedgerRekey();
      },
    ),
  ],
  [
    "transition_service_to_open",
    new Action(
      function (args) {
        checkType(args.next_service_identity, "string", "next service identity (PEM certificate)");
        checkX509CertBundle(args.next_service_identity, "next_service_identity");
        checkType(args.previous_service_identity, "string?", "previous service identity (PEM certificate)");
        if (args.previous_service_identity !== undefined) {
          checkX509CertBundle(args.previous_service_identity, "previous_service_identity");
        }
      },
      function (args) {
        const service_info = "public:ccf.gov.service.info";
        const rawService = ccf.kv[service_info].get(getSingletonKvKey());
        if (rawService === undefined) {
          throw new Error("Service information could not be found");
        }
        const service = ccf.bufToJsonCompatible(rawService);
        if (service.status === "Recovering" && (args.previous_service_identity === undefined || args.next_service_identity === undefined)) {
          throw new Error("Opening a recovering network requires both, the previous and the next service identity");
        }
        const previous_identity = args.previous_service_identity !== undefined ? ccf.strToBuf(args.previous_service_identity) : undefined;
        const next_identity = ccf.strToBuf(args.next_service_identity);
        ccf.node.transitionServiceToOpen(previous_identity, next_identity);
      },
    ),
  ],
]);
`;

const VALIDATE_JS = String.raw`
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
        errors.push(action.name + " at position " + position + " failed validation: " + e + "\n" + e.stack);
      }
    } else {
      errors.push(action.name + ": no such action");
    }
    position++;
  }
  return { valid: errors.length === 0, description: errors.join(", ") };
}
`;

const RESOLVE_JS = String.raw`
export function resolve(proposal, proposerId, votes) {
  const memberVoteCount = votes.filter((v) => v.vote).length;

  let activeMemberCount = 0;
  ccf.kv["public:ccf.gov.members.info"].forEach((v) => {
    const info = ccf.bufToJsonCompatible(v);
    if (info.status === "Active") {
      activeMemberCount++;
    }
  });

  // A majority of members can accept a proposal.
  if (memberVoteCount > Math.floor(activeMemberCount / 2)) {
    return "Accepted";
  }

  return "Open";
}
`;

const APPLY_JS = String.raw`
export function apply(proposal, proposalId) {
  const proposed = JSON.parse(proposal);
  for (const action of proposed["actions"]) {
    const definition = actions.get(action.name);
    definition.apply(action.args, proposalId);
  }
}
`;

/** The default constitution's files, in CCF's order (actions, validate, resolve, apply). */
export const DEFAULT_CONSTITUTION_FILES: Readonly<Record<"actions.js" | "validate.js" | "resolve.js" | "apply.js", string>> = {
  "actions.js": ACTIONS_JS,
  "validate.js": VALIDATE_JS,
  "resolve.js": RESOLVE_JS,
  "apply.js": APPLY_JS,
};

/** The default constitution as one module (the files concatenated). */
export const DEFAULT_CONSTITUTION = ACTIONS_JS + VALIDATE_JS + RESOLVE_JS + APPLY_JS;
