// The objects Pulumi serializes into every resource's state (`__provider`) and the dynamic provider host
// evaluates with require-from-string. They must stay tiny and self-contained: each method loads the real
// implementation at run time with `import()`, so the closure captures two strings and nothing else — no
// module namespaces (cbor-x, undici cannot be serialized by value), clients, agents or secrets.
//
// Resolution in the host: the host's working directory is the Pulumi program's folder, so the package name
// resolves against the program's node_modules — the installed version, on whichever machine runs the
// update (state written on a laptop still refreshes in CI). If the name does not resolve there (a program
// outside the package's node_modules tree), the absolute URL of this build, captured when the program ran,
// is the fallback.
import type * as pulumi from "@pulumi/pulumi";
import type { ProviderOperations } from "./operations.js";

const PACKAGE_ENTRY = "ccf-consortium/provider";
const FALLBACK_ENTRY = new URL("./index.js", import.meta.url).href;

async function loadOperations(): Promise<ProviderOperations> {
  let mod: { providerOperations: ProviderOperations };
  try {
    mod = await import(PACKAGE_ENTRY);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code !== "ERR_MODULE_NOT_FOUND" && code !== "ERR_PACKAGE_PATH_NOT_EXPORTED") throw err;
    mod = await import(FALLBACK_ENTRY);
  }
  return mod.providerOperations;
}

/** Serialized into each `Member`'s state; delegates to `providerOperations.member`. */
export const memberProvider: pulumi.dynamic.ResourceProvider = {
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
export const memberIdentityProvider: pulumi.dynamic.ResourceProvider = {
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
