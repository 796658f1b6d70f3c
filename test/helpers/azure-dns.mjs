// Resolves *.vault.azure.net and *.managedhsm.azure.net to 127.0.0.1 for the process it is preloaded in
// (`node --import <this file>`, or NODE_OPTIONS=--import=<file URL> for child processes): the local Key Vault
// keeps real vault host names, so @azure/keyvault-keys' challenge-resource check stays on in the tests.
import dns from "node:dns";

const LOCAL = /\.(vault|managedhsm)\.azure\.net\.?$/i;
const original = dns.lookup;
dns.lookup = function lookup(hostname, options, callback) {
  if (typeof options === "function") [callback, options] = [options, {}];
  if (typeof options === "number") options = { family: options };
  if (typeof hostname === "string" && LOCAL.test(hostname)) {
    if (options?.all) process.nextTick(callback, null, [{ address: "127.0.0.1", family: 4 }]);
    else process.nextTick(callback, null, "127.0.0.1", 4);
    return {};
  }
  return original.call(this, hostname, options, callback);
};
