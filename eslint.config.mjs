import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", ".data/**", "db/migrations/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { varsIgnorePattern: "^_", argsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^@/lib/i18n/|^(\\.\\.?/)+(lib/)?i18n/)",
              message: "UI strings come through lib/i18n (its index picks the language), never from a language file.",
            },
          ],
        },
      ],
    },
  },
  // The language files themselves import each other.
  { files: ["lib/i18n/**"], rules: { "no-restricted-imports": "off" } },
];

export default config;
