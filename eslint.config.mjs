import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

const i18nFiles = {
  regex: "(^@/lib/i18n/|^(\\.\\.?/)+(lib/)?i18n/)",
  message: "UI strings come through lib/i18n (its index picks the language), never from a language file.",
};

// Every invalidation goes through lib/cache/invalidate.ts, which also ends the front cache's entries.
const nextCacheInvalidation = {
  name: "next/cache",
  importNames: ["updateTag", "revalidateTag", "revalidatePath"],
  message: "Invalidate through lib/cache/invalidate.ts (or invalidate() in lib/server-action.ts): it also drops the front cache.",
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", ".data/**", "db/migrations/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  {
    plugins: { drizzle },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { varsIgnorePattern: "^_", argsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", { paths: [nextCacheInvalidation], patterns: [i18nFiles] }],
      // A delete or update without a where touches every row; the handles are named db (or db()) and tx.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      // The layers of CONTRIBUTING.md: routes sit on top; the data layer renders nothing.
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: ["./components", "./lib"], from: "./app", message: "components/ and lib/ never import from app/ (routes sit on top)." },
            {
              target: "./db",
              from: ["./app", "./components"],
              message: "db/ never imports from app/ or components/: the data layer renders nothing.",
            },
            { target: "./db", from: ["./lib/**/*.tsx"], message: "db/ never imports code that renders." },
          ],
        },
      ],
    },
  },
  {
    files: ["db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [nextCacheInvalidation],
          patterns: [
            i18nFiles,
            { regex: "^(react|react-dom|next/og)(/|$)", message: "db/ never imports code that renders." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/cache/invalidate.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [i18nFiles] }] },
  },
  // Dashboard pages are rendered per request for the signed-in user: a prefetched link is a whole render on the server
  // for a page the editor rarely opens (the post list prefetched every post's editor). Links load when followed.
  {
    files: ["components/dashboard/**", "app/(dashboard)/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXOpeningElement[name.name='Link']:not(:has(JSXAttribute[name.name='prefetch']))",
          message: "Dashboard links do not prefetch: give them prefetch={false}.",
        },
      ],
    },
  },
  // The language files themselves import each other.
  { files: ["lib/i18n/**"], rules: { "no-restricted-imports": "off" } },
];

export default config;
