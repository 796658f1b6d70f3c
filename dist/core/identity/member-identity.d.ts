import { type Curve } from "./curves.js";
export interface MemberIdentity {
    /** PKCS#8 PEM. */
    privateKeyPem: string;
    /** Self-signed certificate, subject = issuer = `CN=<name>`. */
    certificatePem: string;
    memberId: string;
    curve: Curve;
}
export interface GenerateMemberIdentityOptions {
    name: string;
    curve?: Curve;
    /** Validity in days (default 365, as keygenerator.sh). */
    days?: number;
    now?: Date;
}
/**
 * A new member identity, as CCF's keygenerator.sh makes one: an EC key (secp384r1 by default) and a
 * self-signed certificate `CN=<name>` signed with the curve's hash, valid 365 days.
 */
export declare function generateMemberIdentity(options: GenerateMemberIdentityOptions): Promise<MemberIdentity>;
/** A member name usable as a certificate CN (1-64 characters, no control characters). */
export declare function assertMemberName(name: unknown, input: string): asserts name is string;
