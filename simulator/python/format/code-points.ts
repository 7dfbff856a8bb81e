// Python measures and slices strings in code points; JS strings are UTF-16, so astral characters need care.

export function codePointLength(text: string): number {
  let count = text.length
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--
        i++
      }
    }
  }
  return count
}

// The first `count` code points of `text`.
export function codePointPrefix(text: string, count: number): string {
  let units = 0
  for (let seen = 0; seen < count && units < text.length; seen++) {
    const unit = text.charCodeAt(units)
    const paired = unit >= 0xd800 && unit <= 0xdbff && units + 1 < text.length
    units += paired && isLowSurrogate(text.charCodeAt(units + 1)) ? 2 : 1
  }
  return text.slice(0, units)
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff
}
