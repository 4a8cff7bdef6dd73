// @ts-check
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'bench/results/', 'public/', '.worktrees/', '.research/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      // A leading underscore marks a name left unused on purpose, as when a rest pattern drops a field.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='test'][property.name='only']",
          message: 'Remove .only before committing.',
        },
        {
          selector: "MemberExpression[object.name='it'][property.name='only']",
          message: 'Remove .only before committing.',
        },
        {
          selector: "MemberExpression[object.name='describe'][property.name='only']",
          message: 'Remove .only before committing.',
        },
      ],
    },
  },
);
