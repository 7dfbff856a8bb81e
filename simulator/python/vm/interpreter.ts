// One interpreter (a process's worth of Python): its builtins, its modules, its source files, its output.
import { buildSymbolTable } from '../compiler/symtable'
import { CodeGen, CompileError } from '../compiler/codegen'
import { parse, type SyntaxErrorInfo } from '../parser'
import { IdRegistry } from '../runtime/abstract/identity'
import { getAttrOrMissing } from '../runtime/abstract/attr'
import type { CodeObject } from '../runtime/code'
import { importError } from '../runtime/errors'
import { RequestKind, type NativeGen } from '../runtime/native'
import { None, type PyObject, type PyValue } from '../runtime/object'
import { PyDict } from '../runtime/types/dict'
import {
  ImportErrorType,
  ModuleNotFoundErrorType,
  newException,
  SyntaxErrorType,
  IndentationErrorType,
  TabErrorType,
  PyBaseException,
} from '../runtime/types/exceptions'
import { PyFunction } from '../runtime/types/function'
import { PyModule } from '../runtime/types/module'
import { PyTuple } from '../runtime/types/tuple'
import { createBuiltins } from '../builtins/module'
import { moduleNotFoundMessage } from '../../modules/not-simulated'
import { Frame } from './frame'
import type { Host } from './host'
import { MemoryFileSystem } from './memory-fs'
import { ThreadState } from './thread-state'

export type Stream = 'stdout' | 'stderr'

/** Where a program's output goes: the CLI writes it out, the kernel records it in the trace. */
export interface OutputSink {
  write(stream: Stream, text: string, thread: ThreadState | null): void
}

/** A module the interpreter can import: built in TypeScript, or Python source run on first import. */
export type ModuleDefinition =
  { kind: 'native'; create(interp: Interpreter): PyModule } | { kind: 'python'; source: string; filename?: string }

export interface InterpreterOptions {
  output: OutputSink
  argv?: string[]
  modules?: ReadonlyMap<string, ModuleDefinition>
  recursionLimit?: number
  /** The run's seed: what the program's unseeded randomness (`random.seed(None)`) derives from. */
  seed?: number
}

export class Interpreter {
  readonly builtins: PyDict
  readonly builtinsModule: PyModule
  readonly modules = new Map<string, PyModule>()
  /** Source text of every file compiled, for tracebacks. */
  readonly sources = new Map<string, string>()
  readonly ids = new IdRegistry()
  readonly fs = new MemoryFileSystem()
  readonly output: OutputSink
  readonly argv: string[]
  readonly definitions: ReadonlyMap<string, ModuleDefinition>
  readonly seed: number
  recursionLimit: number
  /** The machine: time, threads, waiting. Set by the kernel that runs this interpreter. */
  host: Host | null = null
  /** sys.getswitchinterval(), in seconds: the GIL's forced-switch interval. */
  switchInterval = 0.005
  /** Called when a module is added to the table (sys.modules follows it). */
  onModuleLoaded: ((name: string, module: PyValue) => void) | null = null
  private nextThreadId = 1

  constructor(options: InterpreterOptions) {
    this.output = options.output
    this.argv = options.argv ?? ['']
    this.definitions = options.modules ?? new Map()
    this.seed = options.seed ?? 0
    this.recursionLimit = options.recursionLimit ?? 1000
    this.builtinsModule = createBuiltins(this)
    this.builtins = this.builtinsModule.dict
    this.modules.set('builtins', this.builtinsModule)
  }

  /** Compiles a whole file; a syntax error comes back as the SyntaxError exception CPython would raise. */
  compile(source: string, filename: string): CodeObject | PyBaseException {
    this.sources.set(filename, source)
    const parsed = parse(source, filename)
    if (!parsed.ok) return syntaxErrorException(parsed.error)
    try {
      const table = buildSymbolTable(parsed.module)
      return new CodeGen(table, filename).compileModule(parsed.module)
    } catch (error) {
      if (error instanceof CompileError) return compileErrorException(error, filename, source)
      throw error
    }
  }

  /** A thread that will run `code` as the `__main__` module. */
  mainThread(code: CodeObject): ThreadState {
    const main = new PyModule('__main__')
    main.set('__builtins__', this.builtinsModule)
    main.set('__file__', code.filename)
    this.addModule('__main__', main)
    const ts = this.newThread()
    const frame = new Frame(code, main.dict, this.builtins, main.dict, null)
    ts.frame = frame
    ts.depth = 1
    return ts
  }

  newThread(): ThreadState {
    return new ThreadState(this, this.nextThreadId++)
  }

  write(stream: Stream, text: string, thread: ThreadState | null): void {
    this.output.write(stream, text, thread)
  }

  // --- import ---

  /** IMPORT_NAME: the top-level package for `import a.b`, the module itself when there is a fromlist. */
  *importName(frame: Frame, name: string, fromlist: PyValue, level: PyValue): NativeGen {
    if (typeof level === 'number' && level > 0) {
      throw importError('attempted relative import with no known parent package')
    }
    void frame
    const parts = name.split('.')
    let module: PyModule | undefined
    for (let i = 0; i < parts.length; i++) {
      const full = parts.slice(0, i + 1).join('.')
      module = yield* this.load(full)
    }
    const hasFromlist = fromlist instanceof PyTuple && fromlist.items.length > 0
    return hasFromlist ? module! : this.modules.get(parts[0])!
  }

  private *load(name: string): NativeGen<PyModule> {
    const loaded = this.modules.get(name)
    if (loaded) return loaded
    const definition = this.definitions.get(name)
    if (!definition) {
      const exc = newException(ModuleNotFoundErrorType, moduleNotFoundMessage(name))
      exc.attrs!.set('name', name)
      throw exc
    }
    if (definition.kind === 'native') {
      const module = definition.create(this)
      this.addModule(name, module)
      return module
    }
    const filename = definition.filename ?? `<frozen ${name}>`
    const code = this.compile(definition.source, filename)
    if (code instanceof PyBaseException) throw code
    const module = new PyModule(name)
    module.set('__builtins__', this.builtinsModule)
    this.addModule(name, module)
    const body = new PyFunction(code as CodeObject, module.dict, [], null, null)
    try {
      yield { kind: RequestKind.CALL, callable: body, args: [], kw: null, locals: module.dict }
    } catch (error) {
      this.modules.delete(name)
      throw error
    }
    return module
  }

  addModule(name: string, module: PyModule): void {
    this.modules.set(name, module)
    this.onModuleLoaded?.(name, module)
  }

  *importFrom(module: PyValue, name: string): NativeGen {
    const v = yield* getAttrOrMissing(module, name)
    if (v !== undefined) return v
    if (module instanceof PyModule) {
      const full = `${module.name}.${name}`
      if (this.definitions.has(full)) return yield* this.load(full)
      const exc = newException(ImportErrorType, `cannot import name '${name}' from '${module.name}' (unknown location)`)
      exc.attrs!.set('name', module.name)
      throw exc
    }
    throw importError(`cannot import name '${name}'`)
  }

  importStar(frame: Frame, module: PyValue): void {
    if (!(module instanceof PyModule)) return
    const all = module.dict.getStr('__all__')
    const names =
      all !== undefined && typeof all === 'object' && 'items' in all
        ? ((all as unknown as PyTuple).items as string[])
        : module.dict.keys().filter((k): k is string => typeof k === 'string' && !k.startsWith('_'))
    for (const n of names) {
      const v = module.dict.getStr(n)
      if (v !== undefined) frame.locals!.setStr(n, v)
    }
  }
}

function syntaxErrorException(info: SyntaxErrorInfo): PyBaseException {
  const cls =
    info.type === 'TabError' ? TabErrorType : info.type === 'IndentationError' ? IndentationErrorType : SyntaxErrorType
  const exc = newException(cls, info.msg)
  exc.attrs!.set('msg', info.msg)
  exc.attrs!.set('filename', info.filename)
  exc.attrs!.set('lineno', info.lineno)
  exc.attrs!.set('offset', info.offset)
  exc.attrs!.set('end_lineno', info.end_lineno)
  exc.attrs!.set('end_offset', info.end_offset)
  exc.attrs!.set('text', info.text)
  exc.attrs!.set('print_file_and_line', None)
  return exc
}

function compileErrorException(error: CompileError, filename: string, source: string): PyBaseException {
  const node = error.node
  const lineno = node?.lineno ?? 1
  const text = source.split('\n')[lineno - 1] ?? ''
  return syntaxErrorException({
    type: 'SyntaxError',
    msg: error.message,
    filename,
    lineno,
    offset: (node?.col_offset ?? 0) + 1,
    end_lineno: node?.end_lineno ?? lineno,
    end_offset: (node?.end_col_offset ?? 0) + 1,
    text: text + '\n',
  })
}

export type { PyObject }
