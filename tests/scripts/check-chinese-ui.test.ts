import path from 'node:path'
import { checkDir, latinInUi } from '../../scripts/check-chinese-ui'

describe('latinInUi: Latin words in the Chinese UI', () => {
  it.each([
    ['JSX text', `const A = () => <Text>导出 Excel</Text>`, ['导出 Excel']],
    ['a placeholder', `const A = () => <Field placeholder='开始 YYYY-MM-DD' />`, ['开始 YYYY-MM-DD']],
    ['a message with Chinese', `setError('请先粘贴 CSV 内容')`, ['请先粘贴 CSV 内容']],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text under test holds a template
    ['a template with Chinese', 'const t = `共 ${n} 条 records`', ['共 条 records']],
    ['"Excel 表格" is how people say it', `const A = () => <Text>导出 Excel 表格</Text>`, []],
    ['so are "PDF" and "Word 文档"', `const A = () => <Text>一个 PDF、Word 文档</Text>`, []],
    ['a file extension is not', `setError('只能添加 docx')`, ['只能添加 docx']],
    ['code: a compared value inside an attribute', `const A = () => <S title={s === 'published' ? '结果' : '未发布'} />`, []],
    ['code: a class name, an import, a key', `import x from 'y'\nconst A = () => <View className='page home' key='a' />`, []],
    ['Chinese only', `const A = () => <Text placeholder='年-月-日'>导入名册</Text>`, []]
  ])('%s', (_n, source, texts) => {
    expect(latinInUi('x.tsx', source).map((h) => h.text)).toEqual(texts)
  })

  it('finds none in src/', () => {
    expect(checkDir(path.resolve(__dirname, '../../src')).map((h) => `${h.file}:${h.line}: ${h.text}`)).toEqual([])
  })
})
