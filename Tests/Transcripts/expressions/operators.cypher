// Operators: arithmetic (integer and float), precedence, string and list concatenation,
// comparison (across types too), boolean connectives, string predicates, IN, list
// indexing and slicing, map access, CASE, label tests and unary operators.

RETURN 1 + 2 AS a, 5 - 7 AS b, 3 * 4 AS c, 7 / 2 AS d, 7 % 3 AS e, 2 ^ 3 AS f;
/* expect
| a | b  | c  | d | e | f   |
| 3 | -2 | 12 | 3 | 1 | 8.0 |
(1 row)
*/

// Integer division and modulo truncate toward zero.
RETURN -7 / 2 AS a, -7 % 3 AS b, 7.0 / 2 AS c, 1 + 0.5 AS d, 10 % 3.5 AS e;
/* expect
| a  | b  | c   | d   | e   |
| -3 | -1 | 3.5 | 1.5 | 3.0 |
(1 row)
*/

RETURN 2 + 3 * 4 AS p, (2 + 3) * 4 AS q, 2 ^ 3 ^ 2 AS r, 2 * 3 % 4 AS s, 10 - 2 - 3 AS t, 100 / 10 / 5 AS u;
/* expect
| p  | q  | r    | s | t | u |
| 14 | 20 | 64.0 | 2 | 5 | 2 |
(1 row)
*/

RETURN 1.0 / 0 AS a, -1.0 / 0 AS b, 0.0 / 0 AS c;
/* expect
| a        | b         | c   |
| Infinity | -Infinity | NaN |
(1 row)
*/

RETURN 2 ^ 0.5 AS a, 4 ^ -1 AS b, 0.1 + 0.2 AS c;
/* expect
| a                  | b    | c                   |
| 1.4142135623730951 | 0.25 | 0.30000000000000004 |
(1 row)
*/

RETURN 'a' + 'b' AS s, [1] + [2, 3] AS l, [1] + 2 AS m, 0 + [1] AS n, [] + [] AS e;
/* expect
| s    | l         | m      | n      | e  |
| 'ab' | [1, 2, 3] | [1, 2] | [0, 1] | [] |
(1 row)
*/

RETURN 1 = 1 AS a, 1 = 1.0 AS b, 1 <> 2 AS c, 'a' < 'b' AS d, 2 >= 2 AS e, 3 > 2.5 AS f, 2 <= 1 AS g;
/* expect
| a    | b    | c    | d    | e    | f    | g     |
| true | true | true | true | true | true | false |
(1 row)
*/

// Values of different types are never equal; ordering them gives null.
RETURN 1 = 'a' AS a, 1 < 'a' AS b, [1, 2] = [1, 2] AS c, [1, 2] = [1, 3] AS d, {a: 1} = {a: 1} AS e, {a: 1} = {a: 2} AS f;
/* expect
| a     | b    | c    | d     | e    | f     |
| false | null | true | false | true | false |
(1 row)
*/

RETURN 1 < 2 < 3 AS a, 3 > 2 > 2 AS b, 'abc' < 'abd' AS c, 'Z' < 'a' AS d, true > false AS e;
/* expect
| a    | b     | c    | d    | e    |
| true | false | true | true | true |
(1 row)
*/

RETURN true AND false AS a, true OR false AS b, true XOR true AS c, false XOR true AS d, NOT true AS e;
/* expect
| a     | b    | c     | d    | e     |
| false | true | false | true | false |
(1 row)
*/

// AND binds tighter than XOR, XOR tighter than OR; NOT tighter than AND.
RETURN true OR false AND false AS a, (true OR false) AND false AS b, NOT false AND false AS c, true XOR true OR true AS d;
/* expect
| a    | b     | c     | d    |
| true | false | false | true |
(1 row)
*/

RETURN 'hello' STARTS WITH 'he' AS a, 'hello' ENDS WITH 'lo' AS b, 'hello' CONTAINS 'ell' AS c, 'hello' CONTAINS 'x' AS d, 'hello' STARTS WITH '' AS e;
/* expect
| a    | b    | c    | d     | e    |
| true | true | true | false | true |
(1 row)
*/

RETURN 'Hello' STARTS WITH 'h' AS a, 1 STARTS WITH 'a' AS b, 'a' ENDS WITH 1 AS c;
/* expect
| a     | b    | c    |
| false | null | null |
(1 row)
*/

RETURN 2 IN [1, 2, 3] AS a, 5 IN [1, 2] AS b, [1] IN [[1], [2]] AS c, 1 IN [] AS d, 1 IN [1.0] AS e;
/* expect
| a    | b     | c    | d     | e    |
| true | false | true | false | true |
(1 row)
*/

WITH [10, 20, 30, 40] AS l RETURN l[0] AS a, l[-1] AS b, l[1..3] AS c, l[..2] AS d, l[2..] AS e, l[10] AS f, l[-2..] AS g;
/* expect
| a  | b  | c        | d        | e        | f    | g        |
| 10 | 40 | [20, 30] | [10, 20] | [30, 40] | null | [30, 40] |
(1 row)
*/

WITH [10, 20, 30] AS l RETURN l[1..10] AS a, l[2..1] AS b, l[-10..1] AS c, l[0..0] AS d;
/* expect
| a        | b  | c    | d  |
| [20, 30] | [] | [10] | [] |
(1 row)
*/

WITH {a: 1, b: {c: 'x'}} AS m RETURN m.a AS a, m.b.c AS c, m['a'] AS d, m.z AS z;
/* expect
| a | c   | d | z    |
| 1 | 'x' | 1 | null |
(1 row)
*/

UNWIND [1, 2, 3] AS x RETURN CASE x WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END AS w;
/* expect
| w      |
| 'one'  |
| 'two'  |
| 'many' |
(3 rows)
*/

UNWIND [5, -5, 0] AS x RETURN CASE WHEN x > 0 THEN 'pos' WHEN x < 0 THEN 'neg' END AS s;
/* expect
| s     |
| 'pos' |
| 'neg' |
| null  |
(3 rows)
*/

RETURN CASE WHEN true THEN 1 WHEN true THEN 2 END AS first;
/* expect
| first |
| 1     |
(1 row)
*/

CREATE (:L1:L2);
/* expect
created 1 node, 2 labels
*/

MATCH (n) RETURN n:L1 AS a, n:L1:L2 AS b, n:L3 AS c, n:L1:L3 AS d;
/* expect
| a    | b    | c     | d     |
| true | true | false | false |
(1 row)
*/

RETURN -(-3) AS a, - 2.5 AS b, +4 AS c, NOT NOT true AS d, -(2 - 5) AS e;
/* expect
| a | b    | c | d    | e |
| 3 | -2.5 | 4 | true | 3 |
(1 row)
*/

// Unary minus binds tighter than ^.
RETURN -2 ^ 2 AS a, 2 ^ -2 AS b;
/* expect
| a   | b    |
| 4.0 | 0.25 |
(1 row)
*/

RETURN 1 / 3 * 3 AS a, 1.0 / 4 AS b, 7 % -3 AS c, 2 * 2.5 AS d;
/* expect
| a | b    | c | d   |
| 0 | 0.25 | 1 | 5.0 |
(1 row)
*/

RETURN 9223372036854775807 - 1 AS a, -9223372036854775807 - 1 AS b, 3037000499 * 3037000499 AS c;
/* expect
| a                   | b                    | c                   |
| 9223372036854775806 | -9223372036854775808 | 9223372030926249001 |
(1 row)
*/

RETURN [1, 2, 3] = [1, 2] AS a, [[1]] = [[1]] AS b, 'a' <> 'A' AS c, 1.5 = 1.5 AS d;
/* expect
| a     | b    | c    | d    |
| false | true | true | true |
(1 row)
*/

WITH [1, 2, 3] AS l, 1 AS i RETURN l[i] AS a, l[i + 1] AS b, l[size(l) - 1] AS c;
/* expect
| a | b | c |
| 2 | 3 | 3 |
(1 row)
*/

RETURN {a: {b: [1, {c: 'deep'}]}}.a.b[1].c AS v;
/* expect
| v      |
| 'deep' |
(1 row)
*/
