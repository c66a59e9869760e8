export function buildIfStale(env?: NodeJS.ProcessEnv): boolean;
