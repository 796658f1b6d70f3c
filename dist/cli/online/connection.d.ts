import type { ApiChoice } from "../../core/client/model.js";
import type { GovernanceClient } from "../../core/client/governance-client.js";
import { type Io } from "../io.js";
/** Flags every online command takes. */
export declare const CONNECTION_FLAGS: {
    readonly node: {
        readonly type: "string";
        readonly multiple: true;
    };
    readonly "service-cert": {
        readonly type: "string";
    };
    readonly servername: {
        readonly type: "string";
    };
    readonly api: {
        readonly type: "string";
    };
    readonly timeout: {
        readonly type: "string";
    };
    readonly json: {
        readonly type: "boolean";
    };
    readonly verbose: {
        readonly type: "boolean";
        readonly short: "v";
    };
};
export declare const CONNECTION_USAGE = "Connection:\n  --node URL               https://host:port of a node; repeat it to fail over to the next node\n  --service-cert PEM       the service certificate file: the only trust root for TLS\n  --servername NAME        name checked against the node certificates (when --node is an IP the\n                           certificates do not name)\n  --api VERSION            auto (default), 2024-07-01, 2023-06-01-preview or classic\n  --timeout DURATION       give up on a node request after DURATION, retries included (default 60s;\n                           e.g. 500ms, 30s, 2m); one attempt is also capped at 30 s, a reply at 16 MiB\n  --json                   one JSON document on standard output instead of text\n  -v, --verbose            print every HTTP request and retry on standard error";
export interface ConnectionOptions {
    nodes: string[];
    serviceCertificatePem: string;
    servername?: string;
    api: ApiChoice;
    /** The operation deadline (ms) from --timeout, when given. */
    timeoutMs?: number;
}
/** Validates the connection flags: at least one https URL, a readable PEM certificate, a known API. */
export declare function connectionFromFlags(values: Record<string, unknown>, io: Io): ConnectionOptions;
/**
 * Creates the governance client for the flags; with --verbose every request is printed on stderr. The
 * client (and undici with it) is loaded only once the flags are known to be good: bad input fails fast.
 */
export declare function clientFromFlags(values: Record<string, unknown>, io: Io, options?: {
    onRequest?: (r: {
        method: string;
        path: string;
        node: string;
    }) => void;
}): Promise<GovernanceClient>;
