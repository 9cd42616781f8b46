// Entry of an extraction worker thread (src/services/extract-pool.ts). Plain JS on purpose:
// Node 20 cannot start a worker on a .ts file, so this registers tsx's loader first, as
// bin/mercato.js does for the main thread, then loads the TypeScript worker.
import { register } from 'tsx/esm/api'

register()
await import('./extract-worker-main.ts')
