/** The least-privilege application role the specs' databases grant (created once per run by global-setup.ts). */
export const TEST_APP_ROLE = { name: 'urp_test_app', password: 'urp-test-app' } as const;
