// Math functions: abs, sign, round, floor, ceil, sqrt, exp, log, log10, sin, cos, tan, pi,
// rand, with integer and float arguments and null.

RETURN abs(-3) AS a, abs(-2.5) AS b, abs(0) AS c, abs(4) AS d;
/* expect
| a | b   | c | d |
| 3 | 2.5 | 0 | 4 |
(1 row)
*/

RETURN sign(-3) AS a, sign(0) AS b, sign(2.5) AS c, sign(-0.5) AS d;
/* expect
| a  | b | c | d  |
| -1 | 0 | 1 | -1 |
(1 row)
*/

RETURN round(2.5) AS a, round(2.4) AS b, round(-2.6) AS c, round(3) AS d;
/* expect
| a   | b   | c    | d   |
| 3.0 | 2.0 | -3.0 | 3.0 |
(1 row)
*/

RETURN floor(2.7) AS a, floor(-2.5) AS b, ceil(2.1) AS c, ceil(-2.1) AS d, floor(3) AS e;
/* expect
| a   | b    | c   | d    | e   |
| 2.0 | -3.0 | 3.0 | -2.0 | 3.0 |
(1 row)
*/

RETURN sqrt(16) AS a, sqrt(2) AS b, sqrt(-1) AS c, sqrt(0.25) AS d;
/* expect
| a   | b                  | c   | d   |
| 4.0 | 1.4142135623730951 | NaN | 0.5 |
(1 row)
*/

RETURN exp(0) AS a, exp(1) AS b, log(1) AS c, log10(1000) AS d, log(0) AS e, log(-1) AS f;
/* expect
| a   | b                 | c   | d   | e         | f   |
| 1.0 | 2.718281828459045 | 0.0 | 3.0 | -Infinity | NaN |
(1 row)
*/

RETURN sin(0) AS a, cos(0) AS b, tan(0) AS c, pi() AS p;
/* expect
| a   | b   | c   | p                 |
| 0.0 | 1.0 | 0.0 | 3.141592653589793 |
(1 row)
*/

RETURN round(sin(pi() / 2) * 1000) / 1000 AS s, cos(pi()) AS c, round(tan(pi() / 4) * 1000) AS t;
/* expect
| s   | c    | t      |
| 1.0 | -1.0 | 1000.0 |
(1 row)
*/

RETURN round(log(exp(2)) * 1000) / 1000 AS a, round(log10(0.01) * 1000) / 1000 AS b, exp(log(10)) > 9.99 AS c;
/* expect
| a   | b    | c    |
| 2.0 | -2.0 | true |
(1 row)
*/

RETURN rand() >= 0.0 AND rand() < 1.0 AS ok;
/* expect
| ok   |
| true |
(1 row)
*/

UNWIND range(1, 50) AS i WITH rand() AS r WHERE r < 0 OR r >= 1 RETURN count(*) AS bad;
/* expect
| bad |
| 0   |
(1 row)
*/

RETURN abs(null) AS a, sign(null) AS b, round(null) AS c, floor(null) AS d, ceil(null) AS e, sqrt(null) AS f, exp(null) AS g, log(null) AS h, sin(null) AS i;
/* expect
| a    | b    | c    | d    | e    | f    | g    | h    | i    |
| null | null | null | null | null | null | null | null | null |
(1 row)
*/

RETURN cos(null) AS a, tan(null) AS b, log10(null) AS c;
/* expect
| a    | b    | c    |
| null | null | null |
(1 row)
*/

RETURN abs(-9223372036854775807) AS a, sqrt(9) + 1 AS b, floor(-0.5) AS c;
/* expect
| a                   | b   | c    |
| 9223372036854775807 | 4.0 | -1.0 |
(1 row)
*/
