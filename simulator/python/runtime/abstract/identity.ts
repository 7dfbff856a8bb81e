// id() and the addresses in default reprs: deterministic, handed out in order of first request per interpreter.

const base = 0x7f3a5c000000
const stride = 0x30

export class IdRegistry {
  private readonly objects = new WeakMap<object, number>()
  private readonly values = new Map<unknown, number>()
  private next = 0

  idOf(v: unknown): number {
    const isObject = typeof v === 'object' && v !== null
    const known = isObject ? this.objects.get(v) : this.values.get(v)
    if (known !== undefined) return known
    const id = base + stride * this.next++
    if (isObject) this.objects.set(v, id)
    else this.values.set(v, id)
    return id
  }
}

let current = new IdRegistry()

/** The registry of the interpreter now running; the VM switches it with the thread it runs. */
export function useIdRegistry(registry: IdRegistry): void {
  current = registry
}

export function idOf(v: unknown): number {
  return current.idOf(v)
}

export function address(v: unknown): string {
  return '0x' + idOf(v).toString(16).padStart(12, '0')
}
