export const processIo = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
};
export function println(stream, text = "") {
    stream.write(text + "\n");
}
