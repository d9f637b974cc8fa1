// Dense integer batches whose values rule overflow out take wrapping loops: +, - (values in
// 0..<2^62), * (values and constant in 0..<2^31), % by a constant (0..<2^31, 32-bit
// multiplies) and sum() of a batch in 0..<2^52. Anything outside those ranges, or a batch a
// filter thinned, takes the checked loops; overflow is still an error at its operator.
UNWIND range(0, 4999) AS i RETURN sum(i * 2 + i % 7) AS a, sum(i * 3 - i) AS b, sum(i * i) AS c, count(*) AS n;
/* expect
| a        | b        | c           | n    |
| 25009995 | 24995000 | 41654167500 | 5000 |
(1 row)
*/
UNWIND range(0, 4999) AS i WITH i WHERE i <> 17 RETURN sum(i * 2 + i % 7) + (17 * 2 + 17 % 7) AS a, sum(i * 3 - i) + 34 AS b, sum(i * i) + 289 AS c;
/* expect
| a        | b        | c           |
| 25009995 | 24995000 | 41654167500 |
(1 row)
*/
UNWIND range(-4999, 0) AS i RETURN sum(i * 2 + i % 7) AS a, sum(i * 3 - i) AS b, sum(i * i) AS c;
/* expect
| a         | b         | c           |
| -25009995 | -24995000 | 41654167500 |
(1 row)
*/
UNWIND range(0, 2000) AS i RETURN sum(i * 2147483647) AS s, sum(i * 2147483648) AS t;
/* expect
| s                | t                |
| 4297114777647000 | 4297114779648000 |
(1 row)
*/
UNWIND range(0, 999) AS i WITH i * 3000000000000 AS b RETURN sum(b * 2) AS s, sum(b % 641) AS m;
/* expect
| s                   | m      |
| 2997000000000000000 | 321536 |
(1 row)
*/
UNWIND range(0, 5000) AS i RETURN sum((i * 7919) % 641) AS s, sum(i % 2147483647) AS big, sum(i % 1) AS one;
/* expect
| s       | big      | one |
| 1600835 | 12502500 | 0   |
(1 row)
*/
UNWIND range(2147483600, 2147483700) AS i RETURN sum(i % 1000) AS s, sum(i * 2) AS d;
/* expect
| s     | d            |
| 65650 | 433791697300 |
(1 row)
*/
UNWIND range(1, 10) AS i RETURN sum(i + 4611686018427387903) AS s;
/* expect
error: ArithmeticError at 47:26: integer overflow in sum()
*/
UNWIND range(1, 3000) AS i RETURN sum(i * 0 + 4000000000000000) AS s;
/* expect
error: ArithmeticError at 51:28: integer overflow in sum()
*/
UNWIND range(1, 1000) AS i RETURN sum(i * 0 + 4000000000000000) AS s;
/* expect
| s                   |
| 4000000000000000000 |
(1 row)
*/
UNWIND range(1, 10) AS i RETURN max(i * 4611686018427387904) AS m;
/* expect
error: ArithmeticError at 61:37: integer overflow in *
*/
UNWIND range(0, 10) AS i RETURN collect(i - 5) AS xs, collect(i * 46341 * 46341) AS sq;
/* expect
| xs                                     | sq                                                                                                                                |
| [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5] | [0, 2147488281, 4294976562, 6442464843, 8589953124, 10737441405, 12884929686, 15032417967, 17179906248, 19327394529, 21474882810] |
(1 row)
*/
