// String functions: toUpper, toLower, trim, ltrim, rtrim, substring, replace, split, left,
// right, reverse, and their null behaviour.

RETURN toUpper('abc') AS u, toLower('ABC') AS l, toUpper('mIxEd 1') AS m;
/* expect
| u     | l     | m         |
| 'ABC' | 'abc' | 'MIXED 1' |
(1 row)
*/

RETURN trim('  a b  ') AS t, ltrim('  a  ') AS l, rtrim('  a  ') AS r, trim('') AS e;
/* expect
| t     | l     | r     | e  |
| 'a b' | 'a  ' | '  a' | '' |
(1 row)
*/

RETURN substring('hello', 1, 3) AS a, substring('hello', 2) AS b, substring('hello', 0, 0) AS c, substring('hello', 3, 10) AS d, substring('hello', 10) AS e;
/* expect
| a     | b     | c  | d    | e  |
| 'ell' | 'llo' | '' | 'lo' | '' |
(1 row)
*/

RETURN replace('hello', 'l', 'L') AS a, replace('aaa', 'a', '') AS b, replace('abc', 'x', 'y') AS c, replace('a.b.c', '.', '--') AS d;
/* expect
| a       | b  | c     | d         |
| 'heLLo' | '' | 'abc' | 'a--b--c' |
(1 row)
*/

RETURN split('a,b,,c', ',') AS a, split('abc', 'x') AS b, split('a::b', '::') AS c;
/* expect
| a                   | b       | c          |
| ['a', 'b', '', 'c'] | ['abc'] | ['a', 'b'] |
(1 row)
*/

RETURN left('hello', 2) AS l, right('hello', 2) AS r, left('hi', 10) AS l2, right('hi', 0) AS r0, left('hello', 0) AS l0;
/* expect
| l    | r    | l2   | r0 | l0 |
| 'he' | 'lo' | 'hi' | '' | '' |
(1 row)
*/

RETURN reverse('hello') AS r, reverse('') AS e, reverse('a') AS one;
/* expect
| r       | e  | one |
| 'olleh' | '' | 'a' |
(1 row)
*/

RETURN toUpper(null) AS a, toLower(null) AS b, substring(null, 1) AS c, split(null, ',') AS d, trim(null) AS e, replace(null, 'a', 'b') AS f, left(null, 1) AS g;
/* expect
| a    | b    | c    | d    | e    | f    | g    |
| null | null | null | null | null | null | null |
(1 row)
*/

WITH 'The Quick Fox' AS s RETURN toLower(s) AS low, size(split(s, ' ')) AS words, left(s, 3) + right(s, 3) AS ends;
/* expect
| low             | words | ends     |
| 'the quick fox' | 3     | 'TheFox' |
(1 row)
*/

RETURN substring('hello', 1, 0) AS a, ltrim('x  ') AS b, rtrim('  x') AS c;
/* expect
| a  | b     | c     |
| '' | 'x  ' | '  x' |
(1 row)
*/
