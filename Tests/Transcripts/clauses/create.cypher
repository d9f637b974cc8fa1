// CREATE: nodes, labels, properties (null ones are not stored), relationships in both
// written directions, CREATE after MATCH and UNWIND, CREATE ... RETURN, update counts.

CREATE (:A {name: 'a'});
/* expect
created 1 node, 1 property, 1 label
*/

CREATE ();
/* expect
created 1 node
*/

// The label A exists already, so no label is added.
CREATE (:A);
/* expect
created 1 node
*/

CREATE (:A:B {x: 1, y: [1, 2]});
/* expect
created 1 node, 2 properties, 1 label
*/

MATCH (n:B) RETURN n, n.y AS y;
/* expect
| n                        | y      |
| (:A:B {x: 1, y: [1, 2]}) | [1, 2] |
(1 row)
*/

CREATE (a:C {n: 1})-[:R {w: 0.5}]->(b:C {n: 2});
/* expect
created 2 nodes, 1 relationship, 3 properties, 1 label
*/

MATCH (a:C {n: 1}), (b:C {n: 2}) CREATE (b)-[:R]->(a);
/* expect
created 1 relationship
*/

MATCH (a:C)-[r:R]->(b:C) RETURN a.n, r.w, b.n ORDER BY a.n;
/* expect
| a.n | r.w  | b.n |
| 1   | 0.5  | 2   |
| 2   | null | 1   |
(2 rows)
*/

CREATE (n:D {v: 42}) RETURN n, n.v AS v;
/* expect
| n            | v  |
| (:D {v: 42}) | 42 |
(1 row)
created 1 node, 1 property, 1 label
*/

UNWIND [1, 2, 3] AS i CREATE (:E {i: i});
/* expect
created 3 nodes, 3 properties, 1 label
*/

MATCH (e:E) RETURN sum(e.i) AS s, count(e) AS c;
/* expect
| s | c |
| 6 | 3 |
(1 row)
*/

MATCH (n:Nothing) CREATE (:F);
/* expect
(no changes)
*/

MATCH (n:F) RETURN count(n) AS c;
/* expect
| c |
| 0 |
(1 row)
*/

CREATE (x:G {name: 'g'})<-[:IN]-(y:G {name: 'h'}) RETURN x.name, y.name;
/* expect
| x.name | y.name |
| 'g'    | 'h'    |
(1 row)
created 2 nodes, 1 relationship, 2 properties, 1 label
*/

MATCH (y:G)-[:IN]->(x:G) RETURN y.name, x.name;
/* expect
| y.name | x.name |
| 'h'    | 'g'    |
(1 row)
*/

CREATE (n:H {a: null, b: 1}) RETURN keys(n) AS k;
/* expect
| k     |
| ['b'] |
(1 row)
created 1 node, 1 property, 1 label
*/

CREATE (a:Self)-[:LOOP]->(a);
/* expect
created 1 node, 1 relationship, 1 label
*/

MATCH p = (a:Self)-[:LOOP]->(b) RETURN p, a = b AS same;
/* expect
| p                          | same |
| <(:Self)-[:LOOP]->(:Self)> | true |
(1 row)
*/

MATCH (a:A {name: 'a'}) CREATE (a)-[:T]->(z:Z) RETURN labels(a) AS l, labels(z) AS lz;
/* expect
| l     | lz    |
| ['A'] | ['Z'] |
(1 row)
created 1 node, 1 relationship, 1 label
*/

CREATE (a:P2 {k: 1}), (b:P2 {k: 2}), (a)-[:R2]->(b), (b)-[:R2]->(a);
/* expect
created 2 nodes, 2 relationships, 2 properties, 1 label
*/

MATCH (a:P2)-[:R2]->(b:P2) RETURN a.k, b.k ORDER BY a.k;
/* expect
| a.k | b.k |
| 1   | 2   |
| 2   | 1   |
(2 rows)
*/

MATCH (n) RETURN count(n) AS nodes;
/* expect
| nodes |
| 17    |
(1 row)
*/

MATCH ()-[r]->() RETURN count(r) AS rels;
/* expect
| rels |
| 7    |
(1 row)
*/

// A statement that fails changes nothing, even after its CREATE ran.
CREATE (:Fail) WITH 1 AS x RETURN x / 0;
/* expect
error: ArithmeticError at 153:35: ...
*/

MATCH (n:Fail) RETURN count(n) AS c;
/* expect
| c |
| 0 |
(1 row)
*/

CREATE (a:S {list: ['x', 'y'], f: 1.5, b: true, s: 'str'}) RETURN a;
/* expect
| a                                                  |
| (:S {b: true, f: 1.5, list: ['x', 'y'], s: 'str'}) |
(1 row)
created 1 node, 4 properties, 1 label
*/
