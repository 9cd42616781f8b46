/** Stage badge: text plus colour (never colour alone). */
import type { Stage } from '../../domain/types.ts'
import { STAGE_LABELS } from '../format.ts'

/**
 * @example <StageBadge stage="signed" />
 */
export function StageBadge({ stage }: { stage: Stage }) {
  return <span class={`badge stage-${stage}`}>{STAGE_LABELS[stage] ?? stage}</span>
}
