const PACKAGE_ENTRY = "ccf-consortium/provider";
const FALLBACK_ENTRY = new URL("./index.js", import.meta.url).href;
async function loadOperations() {
    let mod;
    try {
        mod = await import(PACKAGE_ENTRY);
    }
    catch (err) {
        const code = err.code;
        if (code !== "ERR_MODULE_NOT_FOUND" && code !== "ERR_PACKAGE_PATH_NOT_EXPORTED")
            throw err;
        mod = await import(FALLBACK_ENTRY);
    }
    return mod.providerOperations;
}
/** Serialized into each `Member`'s state; delegates to `providerOperations.member`. */
export const memberProvider = {
    async check(olds, news) {
        return (await loadOperations()).member.check(olds, news);
    },
    async diff(id, olds, news) {
        return (await loadOperations()).member.diff(id, olds, news);
    },
    async create(inputs) {
        return (await loadOperations()).member.create(inputs);
    },
    async read(id, props) {
        return (await loadOperations()).member.read(id, props);
    },
    async update(id, olds, news) {
        return (await loadOperations()).member.update(id, olds, news);
    },
    async delete(id, props) {
        return (await loadOperations()).member.delete(id, props);
    },
};
/** Serialized into each `MemberIdentity`'s state; delegates to `providerOperations.identity`. */
export const memberIdentityProvider = {
    async check(olds, news) {
        return (await loadOperations()).identity.check(olds, news);
    },
    async diff(id, olds, news) {
        return (await loadOperations()).identity.diff(id, olds, news);
    },
    async create(inputs) {
        return (await loadOperations()).identity.create(inputs);
    },
    async read(id, props) {
        return (await loadOperations()).identity.read(id, props);
    },
};
