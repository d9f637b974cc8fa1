// OPTIONAL MATCH: missing matches give null rows; its WHERE filters the optional part only.

CREATE (a:P {name: 'A'})-[:HAS]->(:Pet {name: 'Rex'}), (:P {name: 'B'});
/* expect
created 3 nodes, 1 relationship, 3 properties, 2 labels
*/

MATCH (p:P) OPTIONAL MATCH (p)-[:HAS]->(pet) RETURN p.name, pet.name ORDER BY p.name;
/* expect
| p.name | pet.name |
| 'A'    | 'Rex'    |
| 'B'    | null     |
(2 rows)
*/

OPTIONAL MATCH (n:Nothing) RETURN n;
/* expect
| n    |
| null |
(1 row)
*/

MATCH (p:P) OPTIONAL MATCH (p)-[r:HAS]->() RETURN p.name, type(r) ORDER BY p.name;
/* expect
| p.name | type(r) |
| 'A'    | 'HAS'   |
| 'B'    | null    |
(2 rows)
*/

MATCH (p:P) OPTIONAL MATCH (p)-[:HAS]->(pet) WHERE pet.name = 'Tom' RETURN p.name, pet ORDER BY p.name;
/* expect
| p.name | pet  |
| 'A'    | null |
| 'B'    | null |
(2 rows)
*/

MATCH (p:P) OPTIONAL MATCH (p)-[:HAS]->(pet) RETURN count(pet) AS pets, count(*) AS rows;
/* expect
| pets | rows |
| 1    | 2    |
(1 row)
*/

OPTIONAL MATCH (n:Nothing) RETURN count(n) AS c;
/* expect
| c |
| 0 |
(1 row)
*/

MATCH (p:P {name: 'B'}) OPTIONAL MATCH (p)-[:HAS]->(pet) RETURN pet.name IS NULL AS none, pet;
/* expect
| none | pet  |
| true | null |
(1 row)
*/

MATCH (p:P) OPTIONAL MATCH (p)-[:HAS]->(pet:Pet {name: 'Rex'}) RETURN p.name, pet ORDER BY p.name;
/* expect
| p.name | pet                  |
| 'A'    | (:Pet {name: 'Rex'}) |
| 'B'    | null                 |
(2 rows)
*/

OPTIONAL MATCH (p:P {name: 'A'})-[:HAS]->(pet) OPTIONAL MATCH (pet)-[:HAS]->(x) RETURN pet.name, x;
/* expect
| pet.name | x    |
| 'Rex'    | null |
(1 row)
*/
