import "server-only";
import { assertConfig, ConfigError } from "./env";

/** Stops the server with a clear message when required configuration is missing. */
export function checkConfigOrExit(): void {
  try {
    assertConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(`\n[配置错误] ${e.message}\n`);
    process.exit(1);
  }
}
