export { Constitution, CONSTITUTION_MODULE_NAME, concatConstitution, type ConstitutionOptions, type Resolution, type Validation, type Vote } from "./constitution.js";
export { ConstitutionError, DEFAULT_ENGINE_LIMITS, ScriptModule, TOO_LONG, engine, loadEngine, type EngineLimits, type ScriptException, type ScriptModuleOptions } from "./engine.js";
export { SINGLETON_KEY, fromJsonBytes, fromUtf8, jsonBytes, readOnlyTable, utf8, type ConstitutionHost, type KvTable, type NodeEffects } from "./host.js";
export { isValidX509CertBundle, isValidX509CertChain, pemToId } from "./crypto.js";
export { CCF_PRELUDE } from "./ccf-global.js";
