// The layering rules of the project, checked on source text with the TypeScript compiler:
// the simulator is pure (no host, clock or randomness), and the UI and CLI reach it only through simulator/index.ts.
import { builtinModules } from 'node:module'
import { posix } from 'node:path'
import ts from 'typescript'

export interface Violation {
  /** Project-relative path with forward slashes. */
  file: string
  line: number
  message: string
}

/** Sources by project-relative path, e.g. `simulator/python/lexer.ts`. */
export type Sources = Record<string, string>

const hostGlobals = new Set([
  'window',
  'document',
  'navigator',
  'localStorage',
  'self',
  'process',
  'Buffer',
  'require',
  '__dirname',
  'setTimeout',
  'setInterval',
  'fetch',
  'XMLHttpRequest',
  'Worker',
  'postMessage',
])
const nondeterministicMembers = new Set(['Date.now', 'performance.now', 'Math.random', 'crypto.getRandomValues'])
const appLayers = ['renderer', 'electron', 'cli']
const simulatorEntries = new Set(['simulator', 'simulator/index', 'simulator/index.ts', 'simulator/index.js'])

function lineOf(node: ts.Node): number {
  const file = node.getSourceFile()
  return file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1
}

/** Every module specifier a file names: static, dynamic, `import x = require()`, re-exports and `import()` types. */
function moduleSpecifiers(file: ts.SourceFile): ts.StringLiteralLike[] {
  const found: ts.StringLiteralLike[] = []
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteralLike(node.moduleSpecifier)) found.push(node.moduleSpecifier)
    } else if (ts.isExternalModuleReference(node) && ts.isStringLiteralLike(node.expression)) {
      found.push(node.expression)
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments
      if (argument && ts.isStringLiteralLike(argument)) found.push(argument)
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      if (ts.isStringLiteralLike(node.argument.literal)) found.push(node.argument.literal)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

/** The project-relative path a relative specifier points at, without any `?query`; null for package names. */
function importTarget(importer: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null
  return posix.normalize(posix.join(posix.dirname(importer), specifier.replace(/[?#].*$/, '')))
}

function importViolation(importer: string, specifier: string): string | null {
  const packageName = specifier.split('/')[0]!
  if (specifier.startsWith('node:') || builtinModules.includes(specifier) || builtinModules.includes(packageName)) {
    return `imports the Node built-in '${specifier}'`
  }
  if (packageName === 'electron') return `imports '${specifier}'`
  const target = importTarget(importer, specifier)
  if (target === null) return null
  const layer = appLayers.find((name) => target === name || target.startsWith(`${name}/`))
  if (layer) return `imports '${specifier}' from ${layer}/`
  if (!target.startsWith('simulator/')) return `imports '${specifier}' from outside simulator/`
  return null
}

/** Names declared by the host (a default library, a .d.ts or a `declare`), or not declared at all. */
function isHostSymbol(symbol: ts.Symbol | undefined, program: ts.Program): boolean {
  if (!symbol?.declarations?.length) return true
  return symbol.declarations.every((declaration) => {
    const file = declaration.getSourceFile()
    if (program.isSourceFileDefaultLibrary(file) || file.isDeclarationFile) return true
    for (let node: ts.Node | undefined = declaration; node; node = node.parent) {
      if (ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) {
        return true
      }
    }
    return false
  })
}

/** Identifiers that name a member, a key or a label rather than refer to a variable. */
function isNameOnly(node: ts.Identifier): boolean {
  const parent = node.parent
  if (ts.isPropertyAccessExpression(parent)) return parent.name === node
  if (ts.isQualifiedName(parent)) return parent.right === node
  if (ts.isBindingElement(parent)) return parent.propertyName === node
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return true
  if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return true
  return (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isGetAccessorDeclaration(parent) ||
      ts.isSetAccessorDeclaration(parent) ||
      ts.isEnumMember(parent)) &&
    parent.name === node
  )
}

/** `Math.random` for `Math.random`, `globalThis.Math['random']` and the like when `Math` is the host's; else null. */
function hostPath(node: ts.Expression, checker: ts.TypeChecker, program: ts.Program): string | null {
  if (ts.isIdentifier(node)) {
    return isHostSymbol(checker.getSymbolAtLocation(node), program) ? node.text : null
  }
  if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) {
    return hostPath(node.expression, checker, program)
  }
  if (!ts.isPropertyAccessExpression(node) && !ts.isElementAccessExpression(node)) return null
  const member = ts.isPropertyAccessExpression(node)
    ? node.name.text
    : ts.isStringLiteralLike(node.argumentExpression)
      ? node.argumentExpression.text
      : null
  if (member === null) return null
  const object = hostPath(node.expression, checker, program)
  if (object === null) return null
  return object === 'globalThis' ? member : `${object}.${member}`
}

// The default library is the same for every program: parse it once.
const libraries = new Map<string, ts.SourceFile | undefined>()

function compile(sources: Sources, options: ts.CompilerOptions): ts.Program {
  const host = ts.createCompilerHost(options)
  const own = new Map(Object.entries(sources).map(([path, text]) => [`/project/${path}`, text]))
  const getSourceFile = host.getSourceFile.bind(host)
  host.getCurrentDirectory = () => '/project'
  host.fileExists = (path) => own.has(path) || ts.sys.fileExists(path)
  host.readFile = (path) => own.get(path) ?? ts.sys.readFile(path)
  host.getSourceFile = (path, language, onError) => {
    const text = own.get(path)
    if (text === undefined) {
      if (!libraries.has(path)) libraries.set(path, getSourceFile(path, language, onError))
      return libraries.get(path)
    }
    return ts.createSourceFile(path, text, language, true, path.endsWith('.d.ts') ? undefined : ts.ScriptKind.TS)
  }
  return ts.createProgram([...own.keys()], options, host)
}

/** Breaches of the simulator's purity in its non-test sources. */
export function simulatorViolations(sources: Sources): Violation[] {
  // The simulator's own compiler settings (simulator/tsconfig.json): the language's library and nothing else.
  const program = compile(sources, {
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.ESNext,
    lib: ['lib.es2023.d.ts'],
    types: [],
    noResolve: true,
    noEmit: true,
  })
  const checker = program.getTypeChecker()
  const violations: Violation[] = []
  for (const path of Object.keys(sources)) {
    const file = program.getSourceFile(`/project/${path}`)!
    const report = (node: ts.Node, message: string) => violations.push({ file: path, line: lineOf(node), message })
    for (const specifier of moduleSpecifiers(file)) {
      const message = importViolation(path, specifier.text)
      if (message) report(specifier, message)
    }
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && hostGlobals.has(node.text) && !isNameOnly(node)) {
        const symbol = ts.isShorthandPropertyAssignment(node.parent)
          ? checker.getShorthandAssignmentValueSymbol(node.parent)
          : checker.getSymbolAtLocation(node)
        if (isHostSymbol(symbol, program)) report(node, `uses the host global '${node.text}'`)
      } else if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
        const accessed = hostPath(node, checker, program)
        if (accessed !== null && nondeterministicMembers.has(accessed)) report(node, `reads '${accessed}'`)
        if (accessed !== null && hostGlobals.has(accessed)) report(node, `uses the host global '${accessed}'`)
      } else if (
        (ts.isCallExpression(node) || ts.isNewExpression(node)) &&
        hostPath(node.expression, checker, program) === 'Date'
      ) {
        report(node, `reads the clock with '${ts.isNewExpression(node) ? 'new Date' : 'Date()'}'`)
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
  }
  return violations
}

/** The TypeScript of a Svelte component's scripts, everything else blanked so that line numbers still match. */
export function svelteScripts(text: string): string {
  let script = ''
  let last = 0
  for (const match of text.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/g)) {
    const start = match.index + match[1]!.length
    script += text.slice(last, start).replace(/[^\n]/g, ' ') + match[2]
    last = start + match[2]!.length
  }
  return script + text.slice(last).replace(/[^\n]/g, ' ')
}

/** Imports, from the UI and the CLI, of anything in simulator/ but its public entry. */
export function simulatorEntryViolations(sources: Sources): Violation[] {
  const violations: Violation[] = []
  for (const [path, text] of Object.entries(sources)) {
    const script = path.endsWith('.svelte') ? svelteScripts(text) : text
    const file = ts.createSourceFile(path, script, ts.ScriptTarget.ES2023, true, ts.ScriptKind.TS)
    for (const specifier of moduleSpecifiers(file)) {
      const target = importTarget(path, specifier.text)
      if (target?.startsWith('simulator/') && !simulatorEntries.has(target)) {
        violations.push({
          file: path,
          line: lineOf(specifier),
          message: `imports '${specifier.text}': only simulator/index.ts is public`,
        })
      }
    }
  }
  return violations
}
