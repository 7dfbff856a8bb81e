// `shuffle` of CPython 3.11: Fisher–Yates from the end, `j = _randbelow(i + 1)` for i = len-1 down to 1.

import type { RandomSource } from './random'

export function shuffle<T>(rng: RandomSource, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.randbelow(i + 1)
    const held = items[i]
    items[i] = items[j]
    items[j] = held
  }
}

// The same draws for a sequence the binding mutates itself: element k is the j swapped with i = n-1-k.
export function shuffleSwaps(rng: RandomSource, n: number): number[] {
  const targets: number[] = []
  for (let i = n - 1; i > 0; i--) targets.push(rng.randbelow(i + 1))
  return targets
}
