import type { Io } from "../io.js";
import { println } from "../io.js";
import { parseFlags } from "../args.js";
import { argumentInput, readInputFile } from "../files.js";
import { InputError } from "../../core/errors.js";
// Imported file by file (not through core/index.js) so this command loads only what it uses.
import { loadCertificate } from "../../core/identity/certificate.js";
import { curveOf } from "../../core/identity/curves.js";
import { memberIdOf } from "../../core/identity/member-id.js";

export const usage = `Usage: ccf-consortium member-id CERT.pem

Prints the member id of a member certificate: the lowercase hex SHA-256 of its DER encoding, the same as
  openssl x509 -in CERT.pem -noout -fingerprint -sha256 | cut -d= -f2 | tr -d : | tr A-F a-f
For a bundle, the first certificate is used. Certificates whose key CCF governance cannot sign with
(anything but EC secp256r1/secp384r1/secp521r1) are refused.`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { positionals } = parseFlags(argv, {}, {}, true);
  if (positionals.length === 0) throw new InputError("CERT", "is required (the member certificate, PEM)");
  if (positionals.length > 1) throw new InputError("arguments", `expected one certificate file, got ${positionals.length}`);
  const path = positionals[0]!;
  const input = argumentInput("CERT", path);
  const cert = loadCertificate(readInputFile(path, io.cwd, "CERT"), input);
  curveOf(cert, input);
  println(io.stdout, memberIdOf(cert));
  return 0;
}
