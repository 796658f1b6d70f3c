import type { Io } from "../io.js";
export declare const usage = "Usage: ccf-consortium member-id CERT.pem\n\nPrints the member id of a member certificate: the lowercase hex SHA-256 of its DER encoding, the same as\n  openssl x509 -in CERT.pem -noout -fingerprint -sha256 | cut -d= -f2 | tr -d : | tr A-F a-f\nFor a bundle, the first certificate is used. Certificates whose key CCF governance cannot sign with\n(anything but EC secp256r1/secp384r1/secp521r1) are refused.";
export declare function run(argv: string[], io: Io): Promise<number>;
