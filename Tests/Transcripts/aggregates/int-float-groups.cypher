// Grouping treats 1 and 1.0 as one key, whichever arrives first; other floats stay apart.
UNWIND [1, 1.0, 2.5, 2, 1, 2.0, -0.0, 0] AS k RETURN k AS key, count(*) AS n ORDER BY n DESC, key;
/* expect
| key  | n |
| 1    | 3 |
| -0.0 | 2 |
| 2    | 2 |
| 2.5  | 1 |
(4 rows)
*/
UNWIND [1.0, 1, 3] AS k RETURN count(DISTINCT k) AS distinct_keys;
/* expect
| distinct_keys |
| 2             |
(1 row)
*/
