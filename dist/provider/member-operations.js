import { InputError, createGovernanceClient, loadEncryptionPublicKey, memberIdOf, normalizePem } from "../core/index.js";
import { isUnknown } from "./check-failures.js";
import { addMember, activateMember, removeMember, setMemberData, waitForActive } from "./governance.js";
import { activationSigner, checkMemberInputs, parseConnection, parseMember, signerOf } from "./member-inputs.js";
import { MembersCache } from "./members-cache.js";
import { receiptOutputs } from "./receipts.js";
/** How long one members list serves reads in this process. */
export const MEMBERS_CACHE_TTL_MS = 15_000;
/**
 * How old the shared read may be when a create decides to propose (absent member, no identical Open
 * proposal by the proposer): older, and one re-read shared by the creates waiting on it confirms it.
 * This process's own writes are always in the view; a `pulumi up` is a new host, so a new first read.
 */
export const PROPOSE_MAX_STALE_MS = 5_000;
const cache = new MembersCache(MEMBERS_CACHE_TTL_MS, PROPOSE_MAX_STALE_MS);
const clients = new Map();
const connections = new Map();
/** The connection of a state or inputs, validated once per process. */
function connectionOf(value) {
    const raw = JSON.stringify(value);
    let c = connections.get(raw);
    if (!c) {
        c = parseConnection(value);
        connections.set(raw, c);
    }
    return c;
}
function keyOf(c) {
    return JSON.stringify([c.nodeUrls, c.serviceCertificate.trim(), c.apiVersion, c.timeoutSeconds]);
}
/** One client (and so one TLS agent per node, kept alive) per service per process. */
function clientFor(c) {
    const key = keyOf(c);
    let client = clients.get(key);
    if (!client) {
        const timeout = c.timeoutSeconds !== undefined ? { timeoutMs: Math.round(c.timeoutSeconds * 1000) } : {};
        client = createGovernanceClient({ nodes: c.nodeUrls, serviceCertificatePem: c.serviceCertificate, api: c.apiVersion, ...timeout });
        clients.set(key, client);
    }
    return { key, client };
}
/** Compares JSON values regardless of key order. */
function sameJson(a, b) {
    return canonical(a ?? null) === canonical(b ?? null);
}
function canonical(v) {
    if (Array.isArray(v))
        return `[${v.map(canonical).join(",")}]`;
    if (v && typeof v === "object") {
        return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
    }
    return JSON.stringify(v);
}
function sameEncryptionKey(a, b) {
    if (typeof a !== "string" || typeof b !== "string")
        return a === b || (a ?? undefined) === (b ?? undefined);
    if (normalizePem(a) === normalizePem(b))
        return true;
    return loadEncryptionPublicKey(a, "encryptionPublicKey").publicKeyPem === loadEncryptionPublicKey(b, "encryptionPublicKey").publicKeyPem;
}
function effectiveRole(role, encryptionPublicKey) {
    if (typeof role === "string")
        return role;
    return typeof encryptionPublicKey === "string" ? "Participant" : "NonParticipant";
}
/** The outputs: the inputs needed later (read/update/delete only get the state) plus the live member. */
function outputs(spec, inputs, live, extra) {
    const outs = {
        connection: inputs.connection,
        certificate: inputs.certificate,
        encryptionPublicKey: inputs.encryptionPublicKey,
        memberData: live ? live.memberData ?? undefined : spec.memberData,
        recoveryRole: live?.recoveryRole ?? effectiveRole(spec.recoveryRole, spec.encryptionPublicKey),
        proposer: inputs.proposer,
        voters: inputs.voters,
        activation: inputs.activation,
        waitForActive: inputs.waitForActive,
        adopt: inputs.adopt,
        keepReceipts: inputs.keepReceipts,
        memberId: spec.memberId,
        status: live?.status ?? "Accepted",
        isRecoveryMember: live ? live.encryptionPublicKeyPem !== undefined : spec.encryptionPublicKey !== undefined,
        proposalId: extra.proposalId,
        transactionId: extra.transactionId,
        acceptanceTransactionId: extra.acceptanceTransactionId,
        ackTransactionId: extra.ackTransactionId,
        acceptanceReceipt: extra.acceptanceReceipt,
        ackReceipt: extra.ackReceipt,
    };
    for (const k of Object.keys(outs))
        if (outs[k] === undefined)
            delete outs[k];
    return outs;
}
/**
 * The proposer and the voters; an Active member whose own key is in the state (activation) also votes on
 * changes to itself (its data, its removal): it counts in the majority those changes need.
 */
function signers(spec, live) {
    const proposer = signerOf(spec.proposer, "proposer");
    const voters = spec.voters ? spec.voters.map((v, i) => signerOf(v, `voters[${i}]`)) : [proposer];
    if (live?.status === "Active" && spec.activation)
        voters.push(activationSigner(spec.activation, spec.certificate));
    return { proposer, voters };
}
/** A member already on the service differs from the declaration in what only a replace can change. */
function identityDiffers(live, spec) {
    if (!sameEncryptionKey(live.encryptionPublicKeyPem, spec.encryptionPublicKey))
        return "its encryption key differs";
    if (live.recoveryRole !== effectiveRole(spec.recoveryRole, spec.encryptionPublicKey))
        return `its recovery role is ${live.recoveryRole}`;
    return undefined;
}
export const memberOperations = {
    async check(_olds, news) {
        return checkMemberInputs(news);
    },
    async diff(_id, olds, news) {
        const replaces = [];
        const changed = (k) => !sameJson(olds[k], news[k]);
        const newId = isUnknown(news.certificate) ? undefined : memberIdOf(news.certificate, "certificate");
        const certChanged = newId !== olds.memberId;
        if (certChanged)
            replaces.push("certificate");
        if (isUnknown(news.encryptionPublicKey) || !sameEncryptionKey(olds.encryptionPublicKey, news.encryptionPublicKey))
            replaces.push("encryptionPublicKey");
        if (isUnknown(news.recoveryRole) || effectiveRole(olds.recoveryRole, olds.encryptionPublicKey) !== effectiveRole(news.recoveryRole, news.encryptionPublicKey)) {
            replaces.push("recoveryRole");
        }
        // In place: member data (set_member_data); connection and credentials (state only, nothing proposed,
        // but read/delete only get the state, so it must hold the current ones); activation credentials given
        // to a member that is not Active yet (update acks).
        const updates = ["memberData", "connection", "proposer", "voters", "activation", "waitForActive", "adopt"].filter(changed);
        return {
            changes: replaces.length > 0 || updates.length > 0,
            replaces,
            // Same certificate = same member id: the old member must go before the new one is proposed, or
            // the removal would remove the replacement.
            deleteBeforeReplace: replaces.length > 0 && !certChanged,
        };
    },
    async create(inputs) {
        const spec = parseMember(inputs);
        const { key, client } = clientFor(spec.connection);
        let live = await cache.find(key, client, spec.memberId);
        let proposalId;
        let transactionId;
        let acceptanceTransactionId;
        if (live) {
            const differs = identityDiffers(live, spec);
            if (differs)
                throw new InputError("certificate", `member ${spec.memberId} already exists and ${differs}; remove it or change the declaration`);
            if (!spec.adopt && !sameJson(live.memberData, spec.memberData ?? null)) {
                throw new InputError("adopt", `member ${spec.memberId} already exists with other member data; set adopt: true to take it over`);
            }
        }
        const { proposer, voters } = signers(spec, live);
        if (!live) {
            ({ proposalId, transactionId } = await addMember(client, {
                certificate: spec.certificate,
                encryptionPublicKey: spec.encryptionPublicKey,
                memberData: spec.memberData,
                recoveryRole: spec.recoveryRole,
                proposer,
                voters,
                // The process's shared view: the flow decides on it and notes what it wrote there.
                state: cache.reader(key, client),
            }));
            acceptanceTransactionId = transactionId;
            live = declared(spec, "Accepted");
        }
        else if (spec.memberData !== undefined && !sameJson(live.memberData, spec.memberData)) {
            ({ transactionId } = await setMemberData(client, { memberId: spec.memberId, memberData: spec.memberData, proposer, voters }));
            live = { ...live, memberData: spec.memberData };
            cache.note(key, spec.memberId, live);
        }
        const after = await activateIfAsked(key, client, spec, live);
        const receipts = await receiptOutputs(client, spec, {}, { acceptanceTransactionId, ackTransactionId: after.transactionId });
        return { id: spec.memberId, outs: outputs(spec, inputs, after.live, { proposalId, transactionId: after.transactionId ?? transactionId, ...receipts }) };
    },
    async read(id, props) {
        // A refresh reads many members: only the connection is parsed (once per process), the rest of the
        // state is kept as is and the live fields overlaid.
        const { key, client } = clientFor(connectionOf(props.connection));
        const live = await cache.find(key, client, id);
        // Removed out of band: no id tells the engine the resource is gone.
        if (!live)
            return { id: undefined, props: {} };
        const outs = {
            ...props,
            status: live.status,
            memberData: live.memberData ?? undefined,
            recoveryRole: live.recoveryRole,
            isRecoveryMember: live.encryptionPublicKeyPem !== undefined,
        };
        if (!sameEncryptionKey(live.encryptionPublicKeyPem, props.encryptionPublicKey))
            outs.encryptionPublicKey = live.encryptionPublicKeyPem;
        delete outs.__provider;
        for (const k of Object.keys(outs))
            if (outs[k] === undefined)
                delete outs[k];
        return { id, props: outs };
    },
    async update(id, olds, news) {
        const spec = parseMember(news);
        const { key, client } = clientFor(spec.connection);
        let live = await cache.find(key, client, id);
        let transactionId = olds.transactionId;
        if (!sameJson(olds.memberData, news.memberData)) {
            const { proposer, voters } = signers(spec, live);
            const memberData = spec.memberData ?? {};
            transactionId = (await setMemberData(client, { memberId: id, memberData, proposer, voters })).transactionId ?? transactionId;
            live = live && { ...live, memberData };
            cache.note(key, id, live);
        }
        const after = await activateIfAsked(key, client, spec, live);
        const receipts = await receiptOutputs(client, spec, olds, { ackTransactionId: after.transactionId });
        return { outs: outputs(spec, news, after.live, { proposalId: olds.proposalId, transactionId: after.transactionId ?? transactionId, ...receipts }) };
    },
    async delete(id, props) {
        const spec = parseMember(props);
        const { key, client } = clientFor(spec.connection);
        const live = await cache.find(key, client, id);
        if (!live)
            return;
        const { proposer, voters } = signers(spec, live);
        await removeMember(client, { memberId: id, proposer, voters });
        cache.note(key, id, undefined);
    },
};
/** The member as the declaration makes it (what set_member just wrote). */
function declared(spec, status) {
    return {
        memberId: spec.memberId,
        status,
        certificatePem: spec.certificate,
        ...(spec.encryptionPublicKey ? { encryptionPublicKeyPem: spec.encryptionPublicKey } : {}),
        memberData: spec.memberData ?? null,
        recoveryRole: effectiveRole(spec.recoveryRole, spec.encryptionPublicKey),
    };
}
/** Acks with the member's own key when given; waits for Active when asked. */
async function activateIfAsked(key, client, spec, live) {
    let transactionId;
    if (spec.activation && live?.status !== "Active") {
        ({ transactionId } = await activateMember(client, activationSigner(spec.activation, spec.certificate)));
        live = { ...(live ?? declared(spec, "Active")), status: "Active" };
        cache.note(key, spec.memberId, live);
    }
    if (spec.waitForActive && live?.status !== "Active") {
        live = await waitForActive(client, spec.memberId);
        cache.note(key, spec.memberId, live);
    }
    return { live, transactionId };
}
