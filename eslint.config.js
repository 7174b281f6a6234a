import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.bench/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never build HTML from strings: use textContent and DOM nodes.' },
        { property: 'outerHTML', message: 'Never build HTML from strings: use textContent and DOM nodes.' },
        { property: 'insertAdjacentHTML', message: 'Never build HTML from strings: use DOM nodes.' },
        { object: 'document', property: 'write', message: 'Never write HTML into a page.' },
      ],
    },
  },
);
