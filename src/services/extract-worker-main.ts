/**
 * Body of an extraction worker thread: receives articles, answers with what `extractMany`
 * gives for them. The knowledge base arrives once, as workerData; rules load on first use.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { KnowledgeBase } from '../pipeline/extract/kb/types.ts'
import { extractMany } from './analyse.ts'
import type { ExtractReply, ExtractRequest } from './extract-pool.ts'

const kb = (workerData as { kb: KnowledgeBase }).kb
const port = parentPort
if (!port) throw new Error('extract-worker: not started as a worker thread')
port.on('message', (req: ExtractRequest) => {
  const reply: ExtractReply = { job: req.job, results: extractMany(req.articles, { kb }, req.knownDates) }
  port.postMessage(reply)
})
