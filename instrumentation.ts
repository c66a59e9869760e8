// Runs once when the server starts: refuse to start without the required
// configuration in production (README "Configuration").
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkConfigOrExit, convertLegacyData, startSchedulers } = await import("./lib/startup");
    checkConfigOrExit();
    await convertLegacyData();
    startSchedulers();
  }
}
