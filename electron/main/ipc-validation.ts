import type { ExportRequest, SaveRequest } from '../api'
import { appOrigin } from './app-protocol'

// Arguments from the renderer are untrusted: check shapes and sizes before touching the disk.
const maxTextBytes = 64 * 1024 * 1024
const maxNameLength = 255

export class InvalidIpcArgument extends Error {}

/** Only our own page (or the dev server during `npm run dev`) may call the file API. */
export function isTrustedSender(frameUrl: string | undefined, devServerUrl: string | undefined): boolean {
  if (!frameUrl) return false
  let origin: string
  try {
    origin = new URL(frameUrl).origin
  } catch {
    return false
  }
  if (frameUrl.startsWith(`${appOrigin}/`)) return true
  return devServerUrl !== undefined && origin === new URL(devServerUrl).origin
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function checkName(name: unknown, field: string): string {
  if (typeof name !== 'string' || name.length === 0 || name.length > maxNameLength || /[/\\\0]/.test(name)) {
    throw new InvalidIpcArgument(`${field} must be a plain file name`)
  }
  return name
}

function checkText(content: unknown): string {
  if (typeof content !== 'string' || content.length > maxTextBytes) {
    throw new InvalidIpcArgument('content must be a string of at most 64 MiB')
  }
  return content
}

export function parseSaveRequest(arg: unknown): SaveRequest {
  if (!isRecord(arg)) throw new InvalidIpcArgument('save request must be an object')
  const request: SaveRequest = { content: checkText(arg.content) }
  if (arg.path !== undefined) {
    if (typeof arg.path !== 'string' || arg.path.length === 0 || arg.path.includes('\0')) {
      throw new InvalidIpcArgument('path must be a non-empty string')
    }
    request.path = arg.path
  }
  if (arg.suggestedName !== undefined) request.suggestedName = checkName(arg.suggestedName, 'suggestedName')
  return request
}

export function parseExportRequest(arg: unknown): ExportRequest {
  if (!isRecord(arg)) throw new InvalidIpcArgument('export request must be an object')
  const suggestedName = checkName(arg.suggestedName, 'suggestedName')
  const { content } = arg
  if (content instanceof Uint8Array) {
    if (content.byteLength > maxTextBytes) throw new InvalidIpcArgument('content must be at most 64 MiB')
    return { suggestedName, content }
  }
  return { suggestedName, content: checkText(content) }
}

export function parseLanguage(arg: unknown): 'en' | 'pl' {
  if (arg !== 'en' && arg !== 'pl') throw new InvalidIpcArgument('language must be "en" or "pl"')
  return arg
}
