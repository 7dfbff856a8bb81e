import { PyObject, builtinType } from '../object'
import { IntType } from './int'

export const BoolType = builtinType('bool', IntType)

/** The two bool instances; arithmetic treats them as the ints 0 and 1. */
export class PyBool extends PyObject {
  constructor(readonly value: boolean) {
    super(BoolType)
  }
}

export const True = new PyBool(true)
export const False = new PyBool(false)

export function pyBool(value: boolean): PyBool {
  return value ? True : False
}
