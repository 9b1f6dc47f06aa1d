import type { TextFieldSingleValidation } from 'payload'
import { RefusedTarget, resolveTarget, type WebhookTargetPolicy } from '../../webhooks/targetPolicy'

const webUrl = (value: unknown): URL | null => {
  try {
    const url = new URL(String(value))
    return ['http:', 'https:'].includes(url.protocol) ? url : null
  } catch {
    return null
  }
}

/**
 * A webhook URL must be a web address the target policy allows. A name that does not resolve
 * yet is accepted: every delivery resolves it again and refuses a private answer then.
 */
export const validateTargetUrl =
  (targets: WebhookTargetPolicy): TextFieldSingleValidation =>
  async (value, { previousValue }) => {
    const url = webUrl(value)
    if (!url) return 'Enter an http:// or https:// address.'
    // Switching a subscription off must not fail on a URL that was accepted before.
    if (value === previousValue) return true
    try {
      await resolveTarget(url, targets)
    } catch (error) {
      if (error instanceof RefusedTarget) return error.message
    }
    return true
  }
