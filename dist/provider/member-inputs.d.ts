import { type ApiChoice, type RecoveryRole, type Signer } from "../core/index.js";
import { Failures } from "./check-failures.js";
export interface Connection {
    nodeUrls: string[];
    serviceCertificate: string;
    apiVersion: ApiChoice;
    /** Operation deadline for each node request, retries included (seconds; default 60). */
    timeoutSeconds?: number;
}
export interface SigningCredentials {
    certificate: string;
    privateKey: string;
}
export interface MemberSpec {
    connection: Connection;
    certificate: string;
    memberId: string;
    /** SPKI PEM as CCF stores it (normalized), for recovery members. */
    encryptionPublicKey?: string;
    memberData?: Record<string, unknown>;
    recoveryRole?: RecoveryRole;
    proposer: SigningCredentials;
    voters?: SigningCredentials[];
    activation?: {
        privateKey: string;
    };
    waitForActive: boolean;
    adopt: boolean;
    keepReceipts: boolean;
}
type Props = Record<string, unknown>;
/** Validates a Member's inputs, property by property; unknown (preview) values are skipped. */
export declare function checkMemberInputs(news: Props): {
    inputs: Props;
    failures: Failures["list"];
};
/** The typed spec of checked inputs (or of the outputs in state, which echo them). Throws InputError. */
export declare function parseMember(props: Props): MemberSpec;
export declare function parseConnection(value: unknown): Connection;
/** A signer for Active-member credentials; refuses a key that is not the certificate's (KEY_MISMATCH). */
export declare function signerOf(value: unknown, input: string): Signer;
/** The new member's own signer (its key must match `certificate`). */
export declare function activationSigner(activation: unknown, certificate: unknown): Signer;
export {};
