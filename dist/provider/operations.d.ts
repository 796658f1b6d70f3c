export declare const providerOperations: {
    member: {
        check(_olds: {
            [x: string]: unknown;
        }, news: {
            [x: string]: unknown;
        }): Promise<import("@pulumi/pulumi/dynamic/index.js").CheckResult>;
        diff(_id: string, olds: {
            [x: string]: unknown;
        }, news: {
            [x: string]: unknown;
        }): Promise<import("@pulumi/pulumi/dynamic/index.js").DiffResult>;
        create(inputs: {
            [x: string]: unknown;
        }): Promise<import("@pulumi/pulumi/dynamic/index.js").CreateResult>;
        read(id: string, props: {
            [x: string]: unknown;
        }): Promise<import("@pulumi/pulumi/dynamic/index.js").ReadResult>;
        update(id: string, olds: {
            [x: string]: unknown;
        }, news: {
            [x: string]: unknown;
        }): Promise<import("@pulumi/pulumi/dynamic/index.js").UpdateResult>;
        delete(id: string, props: {
            [x: string]: unknown;
        }): Promise<void>;
    };
    identity: {
        check(_olds: Record<string, unknown>, news: Record<string, unknown>): Promise<import("@pulumi/pulumi/dynamic/index.js").CheckResult>;
        diff(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>): Promise<import("@pulumi/pulumi/dynamic/index.js").DiffResult>;
        create(raw: Record<string, unknown>): Promise<import("@pulumi/pulumi/dynamic/index.js").CreateResult>;
        read(id: string, props: Record<string, unknown>): Promise<import("@pulumi/pulumi/dynamic/index.js").ReadResult>;
    };
};
export type ProviderOperations = typeof providerOperations;
