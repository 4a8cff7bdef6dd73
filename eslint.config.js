// @ts-check
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'bench/results/', 'public/', '.worktrees/', '.research/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
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
