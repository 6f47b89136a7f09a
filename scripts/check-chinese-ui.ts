// Latin words in the Chinese UI: JSX text, the visible attributes (placeholder, title, label, note …),
// and every string literal that holds Chinese (messages, labels) in src/. "Excel 表格", "PDF" and "Word 文档"
// are allowed (people say them); a raw address or a format mask (YYYY-MM-DD, HH:mm) is not. Comments and code are not text.
// `tsx scripts/check-chinese-ui.ts` prints every hit (exit 1 if any); tests/scripts runs it on src/.
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

export interface Hit {
  file: string
  line: number
  text: string
}

/** JSX attributes whose string value is shown (or read aloud) to the user. */
const VISIBLE_ATTRS = new Set([
  'placeholder',
  'title',
  'label',
  'note',
  'heading',
  'hint',
  'detail',
  'aria-label',
  'confirmText',
  'cancelText'
])
const ALLOWED = /Excel 表格|PDF|Word 文档/g
const LATIN_WORD = /[A-Za-z]{2,}/
const CJK = /[\u3400-\u9fff\uff00-\uffef]/

const hasLatin = (text: string) => LATIN_WORD.test(text.replace(ALLOWED, ''))

const COMPARISONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken
])

/** The JSX attribute whose value this literal is (directly, or as a branch of ?: || ??), else null. */
function attrName(node: ts.Node): string | null {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isJsxAttribute(n)) return n.name.getText()
    // A value compared, passed or indexed is code, not text.
    if (ts.isBinaryExpression(n) && COMPARISONS.has(n.operatorToken.kind)) return null
    if (ts.isCallExpression(n) || ts.isElementAccessExpression(n) || ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n) || ts.isBlock(n))
      return null
  }
  return null
}

/** The hits of one source file. */
export function latinInUi(file: string, source: string): Hit[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const hits: Hit[] = []
  const add = (node: ts.Node, text: string) => {
    const t = text.replace(/\s+/g, ' ').trim()
    if (t && hasLatin(t)) hits.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: t })
  }
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return
    if (ts.isJsxText(node)) add(node, node.text)
    else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const attr = attrName(node)
      if (CJK.test(node.text) || (attr && VISIBLE_ATTRS.has(attr))) add(node, node.text)
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)]
      if (parts.some((p) => CJK.test(p))) add(node, parts.join(' '))
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return hits
}

/** Every hit under `dir` (.ts and .tsx). */
export function checkDir(dir: string): Hit[] {
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts')).sort()
  return files.flatMap((f) => latinInUi(path.join(dir, f).split(path.sep).join('/'), fs.readFileSync(path.join(dir, f), 'utf8')))
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..')
  const hits = checkDir(path.join(root, 'src')).map((h) => ({ ...h, file: path.relative(root, h.file) }))
  for (const h of hits) console.log(`${h.file}:${h.line}: ${h.text}`)
  console.log(`Latin words in the Chinese UI: ${hits.length}`)
  process.exit(hits.length ? 1 : 0)
}
