import { describe, expect, it } from 'vitest'
import { programOutput, type ProgramCase } from '../test-support/run-python'

const programs: ProgramCase[] = [
  {
    name: 'Template details',
    source: `from string import Template
t = Template('$who likes \${what}; $$5 for $who')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, what='c'))
print(t.safe_substitute(who='x'), Template('\${bad x} $ $1 \${').safe_substitute(), t.get_identifiers(), t.is_valid())
print(Template('a\\nbb $ \\n').is_valid(), Template('$a$b').substitute(a=1, b=[2]), Template('$a_1x').safe_substitute())
class Percent(Template):
    delimiter = '%'
print(Percent('%x is %% %{x}').substitute(x=7))
for template in ['line1\\nline2 $', '\${', 'ok $9', '\\n\\n  \${x']:
    try:
        Template(template).substitute(x=1)
    except ValueError as e:
        print(e)
try:
    Template('$missing').substitute()
except KeyError as e:
    print('KeyError', e)
`,
    output: `tim likes kung pao; $5 for tim a likes c; $5 for a
x likes \${what}; $5 for x \${bad x} $ $1 \${ ['who', 'what'] True
False 1[2] $a_1x
7 is % 7
Invalid placeholder in string: line 2, col 7
Invalid placeholder in string: line 1, col 1
Invalid placeholder in string: line 1, col 4
Invalid placeholder in string: line 3, col 3
KeyError 'missing'
`,
  },
  {
    name: 'constants and capwords',
    source: `import string
print(string.capwords('  the  quick brown\\tfox '), string.capwords('a_b_c', '_'), string.capwords(''))
print(len(string.printable), string.hexdigits, string.whitespace == ' \\t\\n\\r\\x0b\\x0c', string.punctuation[-5:])
print(sorted(set(string.ascii_letters) - set(string.ascii_lowercase))[:3], string.octdigits, string.digits.isdigit())
`,
    output: `The Quick Brown Fox A_B_C 
100 0123456789abcdefABCDEF True \`{|}~
['A', 'B', 'C'] 01234567 True
`,
  },
]

describe('string programs', () => {
  it.each(programs)('$name', ({ source, output }) => {
    expect(programOutput(source)).toBe(output)
  })
})
