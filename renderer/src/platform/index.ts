import type { DesktopApi } from '../../../electron/api'
import { browserPlatform } from './browser-platform'
import { electronPlatform } from './electron-platform'
import type { Platform } from './platform'

export type { OpenedFile, Platform } from './platform'

/** The preload of the desktop shell puts its API on `window.interleave`; a browser tab has none. */
export function detectPlatform(host: { interleave?: DesktopApi }): Platform {
  return host.interleave ? electronPlatform(host.interleave) : browserPlatform
}
