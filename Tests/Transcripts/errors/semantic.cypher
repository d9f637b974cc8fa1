// Errors found before a statement runs (openCypher classifies them as SyntaxError):
// undefined variables, conflicting names, misplaced aggregates, bad function calls,
// relationships CREATE cannot make, invalid SKIP/LIMIT values.

RETURN x;
/* expect
error: SyntaxError at 5:8: ...
*/

MATCH (n) RETURN m;
/* expect
error: SyntaxError at 10:18: ...
*/

MATCH (a) RETURN a ORDER BY b;
/* expect
error: SyntaxError at 15:29: ...
*/

WITH 1 AS a, 2 AS b WITH a RETURN a + b;
/* expect
error: SyntaxError at 20:39: ...
*/

RETURN 1 AS a, 2 AS a;
/* expect
error: SyntaxError at 25:16: ...
*/

UNWIND [1] AS x UNWIND [2] AS x RETURN x;
/* expect
error: SyntaxError at 30:31: ...
*/

RETURN count(count(*));
/* expect
error: SyntaxError at 35:14: ...
*/

RETURN nosuch(1);
/* expect
error: SyntaxError at 40:8: ...
*/

RETURN abs(1, 2);
/* expect
error: SyntaxError at 45:8: ...
*/

CREATE (a)-[:T]-(b);
/* expect
error: SyntaxError at 50:11: ...
*/

CREATE (a)-[]->(b);
/* expect
error: SyntaxError at 55:11: ...
*/

CREATE (a)-[:T|S]->(b);
/* expect
error: SyntaxError at 60:11: ...
*/

MATCH (n) WITH n.x RETURN 1;
/* expect
error: SyntaxError at 65:16: ...
*/

CREATE (n:A) CREATE (n:B);
/* expect
error: SyntaxError at 70:22: ...
*/

RETURN *;
/* expect
error: SyntaxError at 75:1: ...
*/

RETURN 1 LIMIT -1;
/* expect
error: SyntaxError at 80:16: ...
*/

RETURN 1 SKIP 1.5;
/* expect
error: SyntaxError at 85:15: ...
*/

// Variables do not outlive their statement.
WITH 1 AS kept RETURN kept;
/* expect
| kept |
| 1    |
(1 row)
*/

RETURN kept;
/* expect
error: SyntaxError at 98:8: ...
*/

MATCH (n) WHERE count(n) > 1 RETURN n;
/* expect
error: SyntaxError at 103:17: ...
*/

// Operands whose type is known from literals fail before the run (TCK: InvalidArgumentType).
RETURN NOT 1;
/* expect
error: SyntaxError at 109:12: ...
*/

RETURN 1 AND true;
/* expect
error: SyntaxError at 114:8: ...
*/

RETURN 'x' IN 'xyz';
/* expect
error: SyntaxError at 119:15: ...
*/

RETURN labels(1);
/* expect
error: SyntaxError at 124:15: ...
*/
