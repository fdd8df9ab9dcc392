import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    ignores: [".next/**", "node_modules/**", "lib/db/generated/**", "data/**", "next-env.d.ts", "prisma/postgresql/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Prettier wraps code at 140 but not strings or comments; a regular expression or a URL may run longer.
      "max-len": ["error", { code: 140, ignoreUrls: true, ignoreRegExpLiterals: true }],
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/db/generated/**"], message: "Use lib/db/client (and lib/server services)." }] },
      ],
    },
  },
  {
    // The domain is pure: no framework, no database, no file system.
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["node:fs", "fs", "node:fs/promises", "next", "react", "@prisma/client"],
          patterns: [
            { group: ["next/*", "react/*", "@/lib/db/*", "@/lib/server/*", "**/db/generated/**"], message: "lib/domain is pure." },
          ],
        },
      ],
    },
  },
  {
    // The UI never reaches the database: it goes through lib/server services.
    files: ["app/**/*.ts", "app/**/*.tsx", "components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/db/*", "**/db/generated/**", "@prisma/*"], message: "Go through lib/server services." }] },
      ],
    },
  },
  {
    // A form whose submit runs script waits for hydration, never submitting itself by GET (docs/CONVENTIONS.md, "Forms").
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["components/forms/scripted-form.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXOpeningElement[name.name='form']:has(JSXAttribute[name.name='onSubmit'])",
          message:
            "A form with onSubmit is a ScriptedForm (components/forms/scripted-form.tsx): unhydrated, the browser submits it itself.",
        },
        {
          selector:
            "Program:has(JSXIdentifier[name='ScriptedForm']) " +
            "JSXOpeningElement[name.name='button']:has(JSXAttribute[name.name='type'][value.value='submit'])",
          message: "A ScriptedForm's submit button is a SubmitButton, which waits for hydration.",
        },
        {
          // One referrer policy for the whole app, the header's: under a page's own no-referrer, a form posted
          // before hydration sends "Origin: null" and Next.js refuses the Server Action.
          selector: "Property[key.name='referrer']",
          message: "The referrer policy is the header's (lib/security/headers.ts); a page does not set its own.",
        },
      ],
    },
  },
  {
    // Route handlers answer HTTP from lib/ alone: a download's headers or the register's query are not UI.
    files: ["app/**/route.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/components/*", "**/components/**"], message: "A route handler does not import UI: move what it needs to lib/." },
            { group: ["@/lib/db/*", "**/db/generated/**", "@prisma/*"], message: "Go through lib/server services." },
          ],
        },
      ],
    },
  },
  {
    // One way to write a server action (docs/CONVENTIONS.md): the session, the schema and the failure state
    // come from lib/server/actions; form values are typed by the input's schema, never cast.
    files: ["app/**/actions.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "next-auth", message: "An action gets its session from lib/server/actions (formAction, sessionAction)." }],
          patterns: [
            {
              group: ["@/lib/server/auth/current-actor", "@/lib/server/service-context"],
              message: "An action gets its session from lib/server/actions (formAction, sessionAction).",
            },
            { group: ["@/lib/db/*", "**/db/generated/**", "@prisma/*"], message: "Go through lib/server services." },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSAsExpression:not([typeAnnotation.typeName.name='const']), TSTypeAssertion",
          message: "No casts in an action: read the form into the schema's input (formAction's read) and let the schema type it.",
        },
        { selector: "CallExpression[callee.name='formText']", message: "Read form values with formAction's reader." },
      ],
    },
  },
  {
    // The services use the outbox, not the other way round; lib/server/worker joins the two.
    files: ["lib/mail/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/server/*", "!@/lib/server/crypto", "!@/lib/server/transaction", "!@/lib/server/service-context"],
              message: "lib/mail uses only lib/server's crypto, transaction and service context; wire features in lib/server/worker.",
            },
            { group: ["**/db/generated/**"], message: "Use lib/db/client (and lib/server services)." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/db/client.ts"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
