import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the schema the gateway publishes (gateway/schema.graphql, checked against the running gateway by
// the gateway's PublishedSchemaTest): a query that no longer fits the schema fails the build, not the page.
const config: CodegenConfig = {
  schema: '../../../../gateway/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', BigDecimal: 'number', BigInteger: 'number', ID: 'string' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
