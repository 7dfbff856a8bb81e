// The string module, in Python as CPython's is: the character-class constants, capwords and Template (whose
// placeholders are found by a hand-written scanner, the simulator having no `re`).
export const stringSource = String.raw`
__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits', 'hexdigits',
           'octdigits', 'printable', 'punctuation', 'whitespace', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_' + chr(96) + '{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words, capitalize each one and join them with sep (default: one space)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


def _starts_identifier(c):
    return c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z'


def _continues_identifier(c):
    return _starts_identifier(c) or '0' <= c <= '9'


class _Placeholder:
    # One delimiter occurrence: kind is 'escaped', 'named', 'braced' or 'invalid'; [start, end) its text.
    def __init__(self, kind, name, start, end):
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end


_NO_MAPPING = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        text = self.template
        delimiter = self.delimiter
        size = len(text)
        i = text.find(delimiter)
        while i >= 0:
            after = i + len(delimiter)
            if text.startswith(delimiter, after):
                found = _Placeholder('escaped', None, i, after + len(delimiter))
            elif after < size and _starts_identifier(text[after]):
                end = after + 1
                while end < size and _continues_identifier(text[end]):
                    end += 1
                found = _Placeholder('named', text[after:end], i, end)
            else:
                found = _Placeholder('invalid', None, i, after)
                if text.startswith('{', after) and after + 1 < size and _starts_identifier(text[after + 1]):
                    end = after + 2
                    while end < size and _continues_identifier(text[end]):
                        end += 1
                    if text.startswith('}', end):
                        found = _Placeholder('braced', text[after + 1:end], i, end + 1)
            yield found
            i = text.find(delimiter, found.end)

    def _invalid(self, placeholder):
        # Positions count from the character after the delimiter, lines and columns from 1.
        position = placeholder.end
        lines = self.template[:position].splitlines(keepends=True)
        if not lines:
            line, column = 1, 1
        else:
            line, column = len(lines), position - len(''.join(lines[:-1]))
        raise ValueError(f'Invalid placeholder in string: line {line}, col {column}')

    def _render(self, replace):
        pieces = []
        done = 0
        for placeholder in self._placeholders():
            pieces.append(self.template[done:placeholder.start])
            pieces.append(replace(placeholder))
            done = placeholder.end
        pieces.append(self.template[done:])
        return ''.join(pieces)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        def lookup(name):
            if mapping is _NO_MAPPING or name in kws:
                return kws[name]
            return mapping[name]

        def replace(placeholder):
            if placeholder.kind == 'escaped':
                return self.delimiter
            if placeholder.kind == 'invalid':
                self._invalid(placeholder)
            return str(lookup(placeholder.name))

        return self._render(replace)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        def replace(placeholder):
            if placeholder.kind == 'escaped':
                return self.delimiter
            original = self.template[placeholder.start:placeholder.end]
            if placeholder.kind == 'invalid':
                return original
            try:
                if mapping is _NO_MAPPING or placeholder.name in kws:
                    return str(kws[placeholder.name])
                return str(mapping[placeholder.name])
            except KeyError:
                return original

        return self._render(replace)

    def is_valid(self):
        return all(placeholder.kind != 'invalid' for placeholder in self._placeholders())

    def get_identifiers(self):
        names = []
        for placeholder in self._placeholders():
            if placeholder.name is not None and placeholder.name not in names:
                names.append(placeholder.name)
        return names
`
