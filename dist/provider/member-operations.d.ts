import type * as pulumi from "@pulumi/pulumi";
type Props = Record<string, unknown>;
/** How long one members list serves reads in this process. */
export declare const MEMBERS_CACHE_TTL_MS = 15000;
/**
 * How old the shared read may be when a create decides to propose (absent member, no identical Open
 * proposal by the proposer): older, and one re-read shared by the creates waiting on it confirms it.
 * This process's own writes are always in the view; a `pulumi up` is a new host, so a new first read.
 */
export declare const PROPOSE_MAX_STALE_MS = 5000;
export declare const memberOperations: {
    check(_olds: Props, news: Props): Promise<pulumi.dynamic.CheckResult>;
    diff(_id: string, olds: Props, news: Props): Promise<pulumi.dynamic.DiffResult>;
    create(inputs: Props): Promise<pulumi.dynamic.CreateResult>;
    read(id: string, props: Props): Promise<pulumi.dynamic.ReadResult>;
    update(id: string, olds: Props, news: Props): Promise<pulumi.dynamic.UpdateResult>;
    delete(id: string, props: Props): Promise<void>;
};
export {};
