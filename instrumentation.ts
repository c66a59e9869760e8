// Runs once when the server starts: refuse to start without required
// configuration in production (README "Configuration").
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { assertConfig } = await import("./lib/env");
    assertConfig();
  }
}
