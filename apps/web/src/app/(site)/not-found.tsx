import { NotFound } from '@groundwork/ui'

export default NotFound
