/**
 * Jest in ESM mode: ts-jest compiles the TypeScript (transpile only: tsconfig's isolatedModules; `npm run typecheck`
 * checks the types), the stand-in (.js) loads natively. Two workers: Jest's default on a 2-core machine is one, which
 * runs every file in turn, while an end-to-end file spends much of its time waiting on the bundle it spawned.
 */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testTimeout: 30000,
  maxWorkers: 2,
  collectCoverageFrom: ['src/**/*.ts']
}
