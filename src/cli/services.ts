/** Re-export: the analyse-and-store step lives with the services. */
export { analyseAndStore } from '../services/analyse.ts'
