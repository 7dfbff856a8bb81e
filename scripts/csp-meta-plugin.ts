import type { Plugin } from 'vite'
import { contentSecurityPolicy } from '../electron/csp'

/** The policy the desktop window gets as a header, as a meta tag for the web build (served by any static host). */
export function cspMetaPlugin(): Plugin {
  return {
    name: 'interleave-csp-meta',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  }
}
