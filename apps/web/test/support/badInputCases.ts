/**
 * The bad-input case lists, one module a surface under `badInput/`; re-exported here for the
 * tests that borrow a case or a file (`tinyPng`) without the rest of the suite.
 */
export * from './badInput/bodyCases'
export * from './badInput/graphqlCases'
export * from './badInput/markupCases'
export * from './badInput/pathCases'
export * from './badInput/png'
export * from './badInput/readerCases'
export * from './badInput/restCases'
export * from './badInput/uploadCases'
