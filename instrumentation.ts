// Runs once when the server starts: refuse to start without the required
// configuration in production (README "Configuration").
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { assertConfig, ConfigError } = await import("./lib/env");
  try {
    assertConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`\n[配置错误] ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}
