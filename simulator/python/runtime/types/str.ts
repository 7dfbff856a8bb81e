import { builtinType } from '../object'

/** `str`: its values are JS strings. */
export const StrType = builtinType('str')
