// Factorised counting (the last hop replaced by degrees) must give the same counts as
// enumerating the paths; a self loop must switch it off where uniqueness matters.
// Graph: a->b, b->c, c->a, a->c (all :K) and a self loop b-[:L]->b.
CREATE (a:P {id: 1}), (b:P {id: 2}), (c:P {id: 3}), (a)-[:K]->(b), (b)-[:K]->(c), (c)-[:K]->(a), (a)-[:K]->(c), (b)-[:L]->(b);
/* expect
created 3 nodes, 5 relationships, 3 properties, 1 label
*/
// Two-hop :K paths: a->b->c, b->c->a, c->a->b, c->a->c, a->c->a.
MATCH (a:P)-[:K]->(b:P)-[:K]->(c:P) RETURN count(*) AS n;
/* expect
| n |
| 5 |
(1 row)
*/
// The same count, with the last hop's node used (no factorising possible).
MATCH (a:P)-[:K]->(b:P)-[:K]->(c:P) RETURN count(c.id) AS n;
/* expect
| n |
| 5 |
(1 row)
*/
MATCH (a:P)-[:K]->(b:P) RETURN a.id AS id, count(*) AS c ORDER BY c DESC, id LIMIT 10;
/* expect
| id | c |
| 1  | 2 |
| 2  | 1 |
| 3  | 1 |
(3 rows)
*/
// Any type: the self loop can be the second hop but not both hops.
MATCH (a:P)-[]->(b)-[]->(c) RETURN count(*) AS n;
/* expect
| n |
| 7 |
(1 row)
*/
// Undirected: a self loop is met once.
MATCH (a:P)-[]-(b) RETURN a.id AS id, count(*) AS c ORDER BY id;
/* expect
| id | c |
| 1  | 3 |
| 2  | 3 |
| 3  | 3 |
(3 rows)
*/
// Top-k with SKIP keeps the right window and ties in arrival order.
UNWIND [3, 1, 2, 1, 5, 4] AS x RETURN x ORDER BY x DESC SKIP 1 LIMIT 3;
/* expect
| x |
| 4 |
| 3 |
| 2 |
(3 rows)
*/
UNWIND [[2, 'a'], [1, 'b'], [2, 'c'], [1, 'd']] AS p RETURN p[1] AS v ORDER BY p[0] LIMIT 3;
/* expect
| v   |
| 'b' |
| 'd' |
| 'a' |
(3 rows)
*/
// A grouping key read from the last hop keeps the hop (no factorising).
MATCH (a:P)-[r:K]->() WITH r AS k, count(*) AS c RETURN count(k) AS keys, sum(c) AS total;
/* expect
| keys | total |
| 4    | 4     |
(1 row)
*/
// Mixed directions can share a relationship without a self loop: uniqueness must hold (2, not 4).
MATCH (x:P)-[:K]->(y:P)<-[:K]-(z:P) RETURN count(*) AS n;
/* expect
| n |
| 2 |
(1 row)
*/
// Undirected two hops: 14 (never the same relationship twice).
MATCH (x:P)-[:K]-(y:P)-[:K]-(z:P) RETURN count(*) AS n;
/* expect
| n  |
| 14 |
(1 row)
*/
// Incoming both ways: same as outgoing read backwards (5).
MATCH (x:P)<-[:K]-(y:P)<-[:K]-(z:P) RETURN count(*) AS n;
/* expect
| n |
| 5 |
(1 row)
*/
// Two-hop count per start node.
MATCH (x:P)-[:K]->()-[:K]->() RETURN x.id AS id, count(*) AS n ORDER BY id;
/* expect
| id | n |
| 1  | 2 |
| 2  | 1 |
| 3  | 2 |
(3 rows)
*/
