import type { Route } from "./router.js";
import { FaultInjector, type DropFault, type FaultSnapshot, type LatencyFault, type UnavailableFault } from "./faults.js";
import { type DisasterResult } from "./recovery/index.js";
import type { NodeServer } from "./server.js";
import type { SandboxService } from "./service.js";
export interface NodeView {
    index: number;
    nodeId: string;
    url: string | undefined;
    running: boolean;
    primary: boolean;
}
/** What the operations need from start.ts (the listeners and their life cycle). */
export interface NodeLifecycle {
    service(): SandboxService;
    servers(): readonly (NodeServer | undefined)[];
    stopNode(index: number): Promise<void>;
    startNode(index: number): Promise<void>;
    restart(): Promise<void>;
}
/** The operations part of `SandboxControl`. */
export interface OperationsControl {
    readonly faults: FaultInjector;
    addLatency(fault: LatencyFault): void;
    failWithUnavailable(fault?: UnavailableFault): void;
    dropConnection(fault: DropFault): void;
    clearFaults(): void;
    faultSnapshot(): FaultSnapshot;
    nodes(): NodeView[];
    /** Service → Recovering under a new service identity; listeners switch certificates (recovery/disaster.ts). */
    simulateDisaster(): Promise<DisasterResult>;
    /** Resolves once a started private recovery has opened the service. */
    privateRecoveryDone(): Promise<void>;
}
/** True for 127.0.0.0/8, ::1 and IPv4-mapped loopback. */
export declare function isLoopbackAddress(address: string | undefined): boolean;
export declare function operationsRoutes(control: OperationsControl, nodes: NodeLifecycle): Route[];
/**
 * One set of operations per sandbox. `install(service)` wires recovery, faults, backup routing and the
 * control routes into a (new) service — call it for every service start.ts creates (restart creates one).
 */
export declare function createOperations(nodes: NodeLifecycle): {
    control: OperationsControl;
    install: (service: SandboxService) => void;
};
