import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const config = [
  ...nextVitals,
  ...nextTs,
  // Formatting is Prettier's (npm run lint runs prettier --check too).
  prettier,
  // Import cycles are checked by tests/unit/import-cycles.test.ts (file level)
  // and tests/unit/architecture.test.ts (folder level), not here: ESLint's
  // import/no-cycle took two thirds of the lint run's CPU time.
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "prisma/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];
export default config;
