export async function loadX509() {
    await import("reflect-metadata");
    return await import("@peculiar/x509");
}
