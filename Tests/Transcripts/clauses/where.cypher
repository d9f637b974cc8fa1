// WHERE: comparisons, boolean connectives, null tests, string predicates, IN, chained
// comparisons, label tests and predicates across two pattern variables.

CREATE (:U {name: 'Ann', age: 31, city: 'Oslo'}), (:U {name: 'Ben', age: 17, city: 'Rome'}), (:U {name: 'Cid', age: 45}), (:U {name: 'Dot', age: 31, city: 'Oslo'});
/* expect
created 4 nodes, 11 properties, 1 label
*/

MATCH (u:U) WHERE u.age > 30 RETURN u.name ORDER BY u.name;
/* expect
| u.name |
| 'Ann'  |
| 'Cid'  |
| 'Dot'  |
(3 rows)
*/

MATCH (u:U) WHERE u.age > 30 AND u.city = 'Oslo' RETURN u.name ORDER BY u.name;
/* expect
| u.name |
| 'Ann'  |
| 'Dot'  |
(2 rows)
*/

MATCH (u:U) WHERE u.city = 'Rome' OR u.age > 40 RETURN u.name ORDER BY u.name;
/* expect
| u.name |
| 'Ben'  |
| 'Cid'  |
(2 rows)
*/

// Cid has no city: NOT (null = 'Oslo') is null, so the row is dropped.
MATCH (u:U) WHERE NOT u.city = 'Oslo' RETURN u.name ORDER BY u.name;
/* expect
| u.name |
| 'Ben'  |
(1 row)
*/

MATCH (u:U) WHERE u.city <> 'Oslo' RETURN u.name;
/* expect
| u.name |
| 'Ben'  |
(1 row)
*/

MATCH (u:U) WHERE u.city IS NULL RETURN u.name;
/* expect
| u.name |
| 'Cid'  |
(1 row)
*/

MATCH (u:U) WHERE u.city IS NOT NULL RETURN count(*) AS c;
/* expect
| c |
| 3 |
(1 row)
*/

MATCH (u:U) WHERE u.name STARTS WITH 'D' RETURN u.name;
/* expect
| u.name |
| 'Dot'  |
(1 row)
*/

MATCH (u:U) WHERE u.name ENDS WITH 'n' RETURN u.name ORDER BY u.name;
/* expect
| u.name |
| 'Ann'  |
| 'Ben'  |
(2 rows)
*/

MATCH (u:U) WHERE u.name CONTAINS 'i' RETURN u.name;
/* expect
| u.name |
| 'Cid'  |
(1 row)
*/

MATCH (u:U) WHERE u.age IN [17, 45] RETURN u.name ORDER BY u.name;
/* expect
| u.name |
| 'Ben'  |
| 'Cid'  |
(2 rows)
*/

MATCH (u:U) WHERE 18 <= u.age < 40 RETURN u.name ORDER BY u.name;
/* expect
| u.name |
| 'Ann'  |
| 'Dot'  |
(2 rows)
*/

// Cid: true XOR null is null.
MATCH (u:U) WHERE u.age > 30 XOR u.city = 'Rome' RETURN u.name ORDER BY u.name;
/* expect
| u.name |
| 'Ann'  |
| 'Ben'  |
| 'Dot'  |
(3 rows)
*/

MATCH (a:U), (b:U) WHERE a.age = b.age AND a.name < b.name RETURN a.name, b.name;
/* expect
| a.name | b.name |
| 'Ann'  | 'Dot'  |
(1 row)
*/

MATCH (u) WHERE u:U AND NOT u:Other RETURN count(u) AS c;
/* expect
| c |
| 4 |
(1 row)
*/

MATCH (u:U) WHERE u.missing = 1 RETURN u;
/* expect
| u |
(0 rows)
*/

MATCH (u:U) WHERE exists(u.city) RETURN count(*) AS c;
/* expect
| c |
| 3 |
(1 row)
*/

MATCH (u:U) WHERE (u.age < 20 OR u.age > 40) AND u.name <> 'Cid' RETURN u.name;
/* expect
| u.name |
| 'Ben'  |
(1 row)
*/

MATCH (u:U {city: 'Oslo'}) WHERE u.name = 'Ann' RETURN u.age;
/* expect
| u.age |
| 31    |
(1 row)
*/
