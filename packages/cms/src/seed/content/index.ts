export { articles } from './articles'
export { authors } from './authors'
export { disclaimers } from './disclaimers'
export { topics } from './topics'
