// MATCH: labels, property maps, directions, type alternatives, chains, several patterns,
// relationship uniqueness within a pattern. The graph is built by the first statement.

CREATE (a:Person {name: 'Alice', age: 30}),
       (b:Person {name: 'Bob', age: 25}),
       (c:Person {name: 'Carol', age: 35}),
       (d:Person:Admin {name: 'Dave'}),
       (x:Company {name: 'Acme'}),
       (a)-[:KNOWS {since: 2010}]->(b),
       (b)-[:KNOWS {since: 2015}]->(c),
       (a)-[:KNOWS {since: 2020}]->(c),
       (c)-[:WORKS_AT]->(x),
       (a)-[:WORKS_AT]->(x);
/* expect
created 5 nodes, 5 relationships, 11 properties, 3 labels
*/

MATCH (n:Person) RETURN n.name AS name ORDER BY name;
/* expect
| name    |
| 'Alice' |
| 'Bob'   |
| 'Carol' |
| 'Dave'  |
(4 rows)
*/

MATCH (n) RETURN count(*) AS nodes;
/* expect
| nodes |
| 5     |
(1 row)
*/

MATCH (n:Person:Admin) RETURN n;
/* expect
| n                              |
| (:Person:Admin {name: 'Dave'}) |
(1 row)
*/

MATCH (n:Person {name: 'Bob'}) RETURN n.age;
/* expect
| n.age |
| 25    |
(1 row)
*/

MATCH (a:Person)-[r:KNOWS]->(b:Person) RETURN a.name, b.name, r.since ORDER BY r.since;
/* expect
| a.name  | b.name  | r.since |
| 'Alice' | 'Bob'   | 2010    |
| 'Bob'   | 'Carol' | 2015    |
| 'Alice' | 'Carol' | 2020    |
(3 rows)
*/

MATCH (c:Person {name: 'Carol'})<-[:KNOWS]-(p) RETURN p.name ORDER BY p.name;
/* expect
| p.name  |
| 'Alice' |
| 'Bob'   |
(2 rows)
*/

MATCH (:Person {name: 'Bob'})-[:KNOWS]-(p) RETURN p.name ORDER BY p.name;
/* expect
| p.name  |
| 'Alice' |
| 'Carol' |
(2 rows)
*/

MATCH (p:Person {name: 'Alice'})-->(x) RETURN x.name ORDER BY x.name;
/* expect
| x.name  |
| 'Acme'  |
| 'Bob'   |
| 'Carol' |
(3 rows)
*/

MATCH (p:Person {name: 'Carol'})-[r:KNOWS|WORKS_AT]-(x) RETURN type(r) AS t, x.name AS other ORDER BY t, other;
/* expect
| t          | other   |
| 'KNOWS'    | 'Alice' |
| 'KNOWS'    | 'Bob'   |
| 'WORKS_AT' | 'Acme'  |
(3 rows)
*/

MATCH (a)-[:KNOWS]->(b)-[:KNOWS]->(c) RETURN a.name, b.name, c.name;
/* expect
| a.name  | b.name | c.name  |
| 'Alice' | 'Bob'  | 'Carol' |
(1 row)
*/

// A relationship is used at most once per pattern, so Alice is never reached back.
MATCH (a:Person {name: 'Alice'})-[:KNOWS]-(b)-[:KNOWS]-(c) RETURN b.name, c.name ORDER BY b.name, c.name;
/* expect
| b.name  | c.name  |
| 'Bob'   | 'Carol' |
| 'Carol' | 'Bob'   |
(2 rows)
*/

MATCH (a:Company), (b:Person {name: 'Dave'}) RETURN a.name, b.name;
/* expect
| a.name | b.name |
| 'Acme' | 'Dave' |
(1 row)
*/

MATCH (a)-[:KNOWS]->(b), (a)-[:WORKS_AT]->(c) RETURN a.name, b.name, c.name ORDER BY b.name;
/* expect
| a.name  | b.name  | c.name |
| 'Alice' | 'Bob'   | 'Acme' |
| 'Alice' | 'Carol' | 'Acme' |
(2 rows)
*/

MATCH ()-[r:KNOWS {since: 2015}]->() RETURN r;
/* expect
| r                      |
| [:KNOWS {since: 2015}] |
(1 row)
*/

MATCH (n:Nobody) RETURN n;
/* expect
| n |
(0 rows)
*/

MATCH (n:Company)-[:KNOWS]->() RETURN n;
/* expect
| n |
(0 rows)
*/

MATCH ()-[r]->() RETURN count(r) AS rels;
/* expect
| rels |
| 5    |
(1 row)
*/

// An undirected pattern matches each relationship once in each direction.
MATCH ()-[r]-() RETURN count(r) AS c;
/* expect
| c  |
| 10 |
(1 row)
*/

MATCH (a:Person)-[:KNOWS]->(b) WITH a, count(b) AS friends RETURN a.name, friends ORDER BY a.name;
/* expect
| a.name  | friends |
| 'Alice' | 2       |
| 'Bob'   | 1       |
(2 rows)
*/

MATCH (a:Person)-[:WORKS_AT]->(c)<-[:WORKS_AT]-(b:Person) RETURN a.name, b.name ORDER BY a.name;
/* expect
| a.name  | b.name  |
| 'Alice' | 'Carol' |
| 'Carol' | 'Alice' |
(2 rows)
*/

MATCH (n:Person) MATCH (n)-[:WORKS_AT]->(c) RETURN n.name ORDER BY n.name;
/* expect
| n.name  |
| 'Alice' |
| 'Carol' |
(2 rows)
*/
