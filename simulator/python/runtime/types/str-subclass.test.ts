import { describe, expect, it } from 'vitest'
import { None, PyType, TypeType } from '../object'
import { IntType } from './int'
import { StrType } from './str'
import { boxedStr, boxStr, strOf } from './str-subclass'

const Sub = new PyType(TypeType, 'Sub', [StrType], false)

describe('str subclass instances', () => {
  it('are objects of the subclass holding their str', () => {
    const s = boxStr(Sub, 'hi')
    expect(s.cls).toBe(Sub)
    expect(boxedStr(s)).toBe('hi')
    expect(strOf(s)).toBe('hi')
  })

  it('unbox plain strs as themselves and nothing else as a str', () => {
    expect(strOf('x')).toBe('x')
    expect(strOf('')).toBe('')
    expect(strOf(3)).toBeUndefined()
    expect(strOf(None)).toBeUndefined()
    expect(boxedStr(IntType)).toBeUndefined()
  })
})
