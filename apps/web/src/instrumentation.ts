export { register } from './runtime/instrumentation'
