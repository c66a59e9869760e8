// Side-effect import: loads .env before any module reads process.env.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());
