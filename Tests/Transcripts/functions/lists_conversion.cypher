// List and conversion functions: size, head, last, tail, range, reverse, coalesce,
// toInteger, toFloat, toString, toBoolean.

RETURN size([1, 2, 3]) AS a, size('héllo') AS b, size([]) AS c, size('') AS d;
/* expect
| a | b | c | d |
| 3 | 5 | 0 | 0 |
(1 row)
*/

RETURN head([1, 2, 3]) AS h, last([1, 2, 3]) AS l, tail([1, 2, 3]) AS t;
/* expect
| h | l | t      |
| 1 | 3 | [2, 3] |
(1 row)
*/

RETURN head([]) AS h, last([]) AS l, tail([]) AS t, tail([1]) AS t1;
/* expect
| h    | l    | t  | t1 |
| null | null | [] | [] |
(1 row)
*/

RETURN range(1, 5) AS a, range(0, 10, 3) AS b, range(5, 1, -2) AS c, range(1, 0) AS d, range(2, 2) AS e;
/* expect
| a               | b            | c         | d  | e   |
| [1, 2, 3, 4, 5] | [0, 3, 6, 9] | [5, 3, 1] | [] | [2] |
(1 row)
*/

RETURN reverse([1, 2, 3]) AS l, reverse('abc') AS s, reverse([]) AS e;
/* expect
| l         | s     | e  |
| [3, 2, 1] | 'cba' | [] |
(1 row)
*/

RETURN coalesce(null, 1, 2) AS a, coalesce(null, null) AS b, coalesce('x') AS c, coalesce(null, [null]) AS d;
/* expect
| a | b    | c   | d      |
| 1 | null | 'x' | [null] |
(1 row)
*/

RETURN toInteger('42') AS a, toInteger(4.7) AS b, toInteger('4.7') AS c, toInteger('x') AS d, toInteger(-4.7) AS e, toInteger(7) AS f;
/* expect
| a  | b | c | d    | e  | f |
| 42 | 4 | 4 | null | -4 | 7 |
(1 row)
*/

RETURN toFloat('3.5') AS a, toFloat(3) AS b, toFloat('x') AS c, toFloat(2.5) AS d, toFloat('-1e2') AS e;
/* expect
| a   | b   | c    | d   | e      |
| 3.5 | 3.0 | null | 2.5 | -100.0 |
(1 row)
*/

RETURN toString(42) AS a, toString(1.5) AS b, toString(true) AS c, toString('s') AS d, toString(null) AS e, toString(2.0) AS f;
/* expect
| a    | b     | c      | d   | e    | f     |
| '42' | '1.5' | 'true' | 's' | null | '2.0' |
(1 row)
*/

RETURN toBoolean('true') AS a, toBoolean('FALSE') AS b, toBoolean('yes') AS c, toBoolean(true) AS d, toBoolean(null) AS e;
/* expect
| a    | b     | c    | d    | e    |
| true | false | null | true | null |
(1 row)
*/

RETURN size(null) AS a, head(null) AS b, last(null) AS c, tail(null) AS d, reverse(null) AS e, toInteger(null) AS f, toFloat(null) AS g;
/* expect
| a    | b    | c    | d    | e    | f    | g    |
| null | null | null | null | null | null | null |
(1 row)
*/

RETURN toFloat('1.5e1') AS a, toInteger('-12') AS b, toFloat('.5') AS c, toInteger('1e3') AS d;
/* expect
| a    | b   | c   | d    |
| 15.0 | -12 | 0.5 | 1000 |
(1 row)
*/

RETURN size(range(1, 100)) AS n, head(range(10, 1, -3)) AS h, last(range(10, 1, -3)) AS l;
/* expect
| n   | h  | l |
| 100 | 10 | 1 |
(1 row)
*/

RETURN toString(toInteger('7') + 1) AS a, toInteger(toString(12)) AS b, toFloat(toString(0.25)) AS c;
/* expect
| a   | b  | c    |
| '8' | 12 | 0.25 |
(1 row)
*/
