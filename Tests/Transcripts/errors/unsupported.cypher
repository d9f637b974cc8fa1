// Constructs outside Quiver's read-and-create subset fail with UnsupportedFeature (never
// a generic syntax error), pointing at the construct.

MERGE (n:A);
/* expect
error: UnsupportedFeature at 4:1: ...
*/

MATCH (n) SET n.x = 1;
/* expect
error: UnsupportedFeature at 9:11: ...
*/

MATCH (n) DELETE n;
/* expect
error: UnsupportedFeature at 14:11: ...
*/

MATCH (n) DETACH DELETE n;
/* expect
error: UnsupportedFeature at 19:11: ...
*/

MATCH (n) REMOVE n.x;
/* expect
error: UnsupportedFeature at 24:11: ...
*/

CALL db.labels();
/* expect
error: UnsupportedFeature at 29:1: ...
*/

RETURN 1 AS x UNION RETURN 2 AS x;
/* expect
error: UnsupportedFeature at 34:15: ...
*/

LOAD CSV FROM 'x.csv' AS row RETURN row;
/* expect
error: UnsupportedFeature at 39:1: ...
*/

FOREACH (x IN [1] | CREATE ());
/* expect
error: UnsupportedFeature at 44:1: ...
*/

RETURN 'a' =~ 'a.*';
/* expect
error: UnsupportedFeature at 49:12: ...
*/

RETURN reduce(s = 0, x IN [1, 2] | s + x) AS r;
/* expect
error: UnsupportedFeature at 54:8: ...
*/

RETURN any(x IN [1, 2] WHERE x > 1) AS r;
/* expect
error: UnsupportedFeature at 59:8: ...
*/

MATCH (n) WHERE (n)-->() RETURN n;
/* expect
error: UnsupportedFeature at 64:17: ...
*/

// Nothing above changed the graph.
MATCH (n) RETURN count(n) AS nodes;
/* expect
| nodes |
| 0     |
(1 row)
*/
