import type * as pulumi from "@pulumi/pulumi";
/** The inputs of a MemberIdentity after check (defaults filled). */
export interface MemberIdentityInputs {
    name: string;
    curve: string;
    validityDays: number;
    encryptionKey: boolean;
    encryptionKeyBits: number;
}
export declare const identityOperations: {
    check(_olds: Record<string, unknown>, news: Record<string, unknown>): Promise<pulumi.dynamic.CheckResult>;
    diff(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>): Promise<pulumi.dynamic.DiffResult>;
    create(raw: Record<string, unknown>): Promise<pulumi.dynamic.CreateResult>;
    /** Nothing remote to compare with: the state is the identity. */
    read(id: string, props: Record<string, unknown>): Promise<pulumi.dynamic.ReadResult>;
};
