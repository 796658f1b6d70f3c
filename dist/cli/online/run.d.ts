import type { GovernanceClient } from "../../core/client/governance-client.js";
/**
 * Runs a command body with a client and closes its connections afterwards, whatever happens. Error
 * messages are folded onto one line (a CCF failure trace may span several) so that the dispatcher prints
 * exactly one line.
 */
export declare function withClient<T>(client: GovernanceClient, fn: (client: GovernanceClient) => Promise<T>): Promise<T>;
export declare function oneLine(err: unknown): unknown;
