import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// What the web may take from outside src/web: the modules' contracts, a few pure core files and
// the listed packages (build/web-boundary.json; `npm run build` checks the same list).
const boundary = JSON.parse(readFileSync(new URL('./build/web-boundary.json', import.meta.url), 'utf8'));
const escape = (s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const allowedFiles = boundary.files.map((f) => escape(f.replace(/^src\//, '')).replace(/\*/g, '[^/]+')).join('|');
const allowedPackages = boundary.packages.map(escape).join('|');
const SERVER_CODE = {
  // ../../../modules/cases/store.js, ../../core/db/client, ../server/app…: anything of the server but the allowed files.
  regex: `^(?:\\.\\.?/)+(?!(?:${allowedFiles})(?:\\.js|\\.ts)?$)(?:modules|core|server|cli)/`,
  message: 'The web may import from the server only the contracts and the pure helpers listed in build/web-boundary.json.',
};
const allowedCore = boundary.files.filter((f) => f.startsWith('src/core/')).map((f) => escape(f.replace(/^src\//, ''))).join('|');
const OTHER_PACKAGES = {
  regex: `^(?!\\.|/|(?:${allowedPackages})(?:/|$))`,
  message: 'The web may use only the packages listed in build/web-boundary.json (not drizzle-orm, pg, fastify, node: builtins…).',
};

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'migrations/**', 'screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The web bundle takes nothing from the server but the contracts (the build checks it too: build/web-boundary.ts).
    files: ['src/web/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SERVER_CODE, OTHER_PACKAGES] }] },
  },
  {
    // Tests run in Node and may use vitest and its builtins, never the server's code.
    files: ['src/web/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SERVER_CODE] }] },
  },
  {
    // A contract is imported by the web: zod, other contracts and the allowed core files only
    // (types from core/errors too; they leave no import behind).
    files: ['src/modules/*/contract.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(?!zod$|\\.\\./[a-z-]+/contract\\.js$|\\.\\./\\.\\./(?:${allowedCore}|core/errors)\\.js$)`,
              message: 'A contract is web-safe: it imports zod, other contracts and the files listed in build/web-boundary.json only.',
            },
            { regex: '^\\.\\./\\.\\./core/errors\\.js$', allowTypeImports: true, message: 'A contract takes only types from core/errors.' },
          ],
        },
      ],
    },
  },
  {
    // Routes only route: they validate, authorize, call a store or command function and present
    // its result. The database and the tables are the stores' business.
    files: ['src/modules/*/*routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*'], message: 'A route does not query: call a store or command function of its module.' },
            { regex: '(^|/)tables\\.js$', message: 'A route does not touch tables: call a store or command function of its module.' },
            { regex: '/core/db/', message: 'A route does not reach the database: call a store or command function of its module.' },
          ],
        },
      ],
    },
  },
  {
    // Process-level configuration is read in one place only.
    files: ['src/**/*.ts'],
    ignores: ['src/core/config.ts', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through src/core/config.ts' }],
    },
  },
);
