// What the serialized dynamic providers (dynamic-providers.ts) load in the provider host.
import { safeText } from "../core/text/safe-text.js";
import { identityOperations } from "./identity-operations.js";
import { memberOperations } from "./member-operations.js";

/**
 * Every operation's error message made safe for the engine's output (core's safeText: control characters
 * and escape sequences from a node's reply replaced, length capped); the error itself is rethrown.
 */
function withSafeMessages<T extends object>(ops: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(ops)) {
    if (typeof fn !== "function") {
      out[name] = fn;
      continue;
    }
    out[name] = async (...args: unknown[]) => {
      try {
        return await (fn as (...a: unknown[]) => Promise<unknown>).apply(ops, args);
      } catch (err) {
        if (err instanceof Error) err.message = safeText(err.message);
        throw err;
      }
    };
  }
  return out as T;
}

export const providerOperations = { member: withSafeMessages(memberOperations), identity: withSafeMessages(identityOperations) };
export type ProviderOperations = typeof providerOperations;
