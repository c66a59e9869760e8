import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const config = [
  ...nextVitals,
  ...nextTs,
  // Formatting is Prettier's (npm run lint runs prettier --check too).
  prettier,
  {
    // File-level import cycles; folder-level cycles between domains and
    // imports into another domain's internals are tests/unit/architecture.test.ts.
    files: ["lib/**/*.ts", "components/**/*.tsx", "app/**/*.tsx", "app/**/*.ts"],
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
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
