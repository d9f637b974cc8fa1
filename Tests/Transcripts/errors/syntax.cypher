// Syntax errors: the kind and the position (line:column within this file) of the first
// offending token; messages are not pinned. Each statement fails on its own.

RETURN 1 +;
/* expect
error: SyntaxError at 4:11: ...
*/

MATCH (n RETURN n;
/* expect
error: SyntaxError at 9:10: ...
*/

RETUR 1;
/* expect
error: SyntaxError at 14:1: ...
*/

RETURN [1, 2;
/* expect
error: SyntaxError at 19:13: ...
*/

MATCH (n) RETURN n ORDER n;
/* expect
error: SyntaxError at 24:26: ...
*/

RETURN 1 AS;
/* expect
error: SyntaxError at 29:12: ...
*/

RETURN 5 – 2;
/* expect
error: SyntaxError at 34:10: ...
*/

RETURN 9223372036854775808;
/* expect
error: SyntaxError at 39:8: ...
*/

MATCH (a)-[:T]->(b RETURN a;
/* expect
error: SyntaxError at 44:20: ...
*/

RETURN {a: 1;
/* expect
error: SyntaxError at 49:13: ...
*/

WITH 1 AS x RETURN x,;
/* expect
error: SyntaxError at 54:22: ...
*/

MATCH (n) WHERE RETURN n;
/* expect
error: SyntaxError at 59:17: ...
*/

MATCH (n)
WHERE n.x = 1 +
RETURN n;
/* expect
error: SyntaxError at 66:1: ...
*/

RETURN 1 2;
/* expect
error: SyntaxError at 71:10: ...
*/

// The statements after an error still run.
RETURN 'still running' AS s;
/* expect
| s               |
| 'still running' |
(1 row)
*/

MATCH (n:) RETURN n;
/* expect
error: SyntaxError at 84:10: ...
*/

RETURN (1 + 2;
/* expect
error: SyntaxError at 89:14: ...
*/

CREATE (a)-[:T]->(b)-;
/* expect
error: SyntaxError at 94:22: ...
*/
