import { generateEncryptionKeyPair, generateMemberIdentity, assertMemberName, isCurve, CURVES, InputError, MIN_ENCRYPTION_KEY_BITS } from "../core/index.js";
import { Failures } from "./check-failures.js";
const INPUT_NAMES = ["name", "curve", "validityDays", "encryptionKey", "encryptionKeyBits"];
export const identityOperations = {
    async check(_olds, news) {
        const inputs = { ...news, curve: news.curve ?? "secp384r1", validityDays: news.validityDays ?? 365, encryptionKey: news.encryptionKey ?? false, encryptionKeyBits: news.encryptionKeyBits ?? MIN_ENCRYPTION_KEY_BITS };
        const f = new Failures();
        f.run("name", inputs.name, () => assertMemberName(inputs.name, "name"));
        f.run("curve", inputs.curve, () => {
            if (typeof inputs.curve !== "string" || !isCurve(inputs.curve)) {
                throw new InputError("curve", `'${String(inputs.curve)}' is not supported; use one of ${CURVES.join(", ")}`, "UNSUPPORTED_KEY");
            }
        });
        f.run("validityDays", inputs.validityDays, () => {
            const d = inputs.validityDays;
            if (typeof d !== "number" || !Number.isInteger(d) || d < 1 || d > 36500)
                throw new InputError("validityDays", `must be a whole number of days from 1 to 36500 (got ${String(d)})`);
        });
        f.run("encryptionKey", inputs.encryptionKey, () => {
            if (typeof inputs.encryptionKey !== "boolean")
                throw new InputError("encryptionKey", "must be true or false");
        });
        f.run("encryptionKeyBits", inputs.encryptionKeyBits, () => {
            const b = inputs.encryptionKeyBits;
            if (typeof b !== "number" || !Number.isInteger(b) || b < MIN_ENCRYPTION_KEY_BITS || b > 16384) {
                throw new InputError("encryptionKeyBits", `must be an integer from ${MIN_ENCRYPTION_KEY_BITS} to 16384 (got ${String(b)})`, "UNSUPPORTED_KEY");
            }
        });
        return { inputs, failures: f.list };
    },
    async diff(_id, olds, news) {
        const replaces = INPUT_NAMES.filter((k) => JSON.stringify(olds[k]) !== JSON.stringify(news[k]));
        return { changes: replaces.length > 0, replaces, deleteBeforeReplace: false };
    },
    async create(raw) {
        const inputs = raw;
        const identity = await generateMemberIdentity({ name: inputs.name, curve: inputs.curve, days: inputs.validityDays });
        const outs = {
            name: inputs.name,
            curve: identity.curve,
            validityDays: inputs.validityDays,
            encryptionKey: inputs.encryptionKey,
            encryptionKeyBits: inputs.encryptionKeyBits,
            memberId: identity.memberId,
            certificate: identity.certificatePem,
            privateKey: identity.privateKeyPem,
        };
        if (inputs.encryptionKey) {
            const pair = await generateEncryptionKeyPair({ bits: inputs.encryptionKeyBits });
            outs.encryptionPublicKey = pair.publicKeyPem;
            outs.encryptionPrivateKey = pair.privateKeyPem;
        }
        return { id: identity.memberId, outs };
    },
    /** Nothing remote to compare with: the state is the identity. */
    async read(id, props) {
        return { id, props };
    },
};
