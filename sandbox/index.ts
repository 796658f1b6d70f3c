export { startSandbox, BUILTIN_EXTENSIONS, type Sandbox, type SandboxControl, type SandboxExtension, type SandboxMember, type SandboxMetrics, type StartSandboxOptions } from "./start.js";
export { SandboxService, type WriteTx, type SandboxServiceOptions } from "./service.js";
export { profileFor, API_VERSION_PREVIEW, API_VERSION_V1, type CcfVersion, type Profile } from "./profile.js";
export { Router, type Route, type RouteAuth, type RequestContext, type Handler } from "./router.js";
export { ApiError, jsonResponse, errorResponse, type SandboxRequest, type SandboxResponse } from "./http.js";
export { defaultHooks, type GovernanceHooks, type RecoveryChangeReason } from "./hooks.js";
export type { PipelineContext, PipelineHooks, PipelineOutcome } from "./pipeline.js";
export { CONSTITUTION_SOURCE } from "./constitution.js";
export type { SandboxState, MemberRecord, ProposalRecord, ServiceStatus, NodeRecord, RecoveryState } from "./state.js";
