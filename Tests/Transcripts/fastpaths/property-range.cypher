// Two comparisons of one property with constants fuse into one FilterProperty (an interval
// test over the typed column). Each answer must equal the unfused form (`+ 0` keeps the
// comparison off the fast path).
UNWIND range(1, 2500) AS i CREATE (:R {k: CASE WHEN i % 10 = 0 THEN null ELSE i % 100 END, s: 'v' + toString(i % 5), i: i});
/* expect
created 2500 nodes, 7250 properties, 1 label
*/
EXPLAIN MATCH (n:R) WHERE n.k >= 30 AND n.k < 40 RETURN count(*);
/* expect
| addr | opcode           | a | b | c | d | comment                                                         |
| 0    | 'Once'           | 0 | 6 | 0 | 0 | 'one empty row, else goto 6  ; start'                           |
| 1    | 'Open'           | 0 | 0 | 0 | 0 | 'cur[0] <- live rows  ; scan :R'                                |
| 2    | 'ScanNext'       | 0 | 0 | 0 | 0 | 'cur[0]: next nodes, else goto 0  ; scan :R'                    |
| 3    | 'FilterProperty' | 0 | 2 | 0 | 0 | 'keep r[0].aux[0], else goto 2  ; WHERE n.k >= 30 AND n.k < 40' |
| 4    | 'AggStep'        | 0 | 0 | 0 | 0 | 'agg[0] += live rows  ; aggregate'                              |
| 5    | 'Goto'           | 2 | 0 | 0 | 0 | 'goto 2'                                                        |
| 6    | 'AggNext'        | 0 | 9 | 0 | 0 | 'agg[0]: next groups, else goto 9  ; groups'                    |
| 7    | 'ResultRow'      | 1 | 0 | 0 | 0 | 'emit aux[1]  ; RETURN'                                         |
| 8    | 'Goto'           | 6 | 0 | 0 | 0 | 'goto 6'                                                        |
| 9    | 'Halt'           | 0 | 0 | 0 | 0 | ''                                                              |
(10 rows)
*/
MATCH (n:R) WHERE n.k >= 30 AND n.k < 40 RETURN count(*) AS c;
/* expect
| c   |
| 225 |
(1 row)
*/
MATCH (n:R) WHERE n.k + 0 >= 30 AND n.k + 0 < 40 RETURN count(*) AS c;
/* expect
| c   |
| 225 |
(1 row)
*/
MATCH (n:R) WHERE 30 < n.k AND 40 >= n.k RETURN count(*) AS c;
/* expect
| c   |
| 225 |
(1 row)
*/
MATCH (n:R) WHERE 30 < n.k + 0 AND 40 >= n.k + 0 RETURN count(*) AS c;
/* expect
| c   |
| 225 |
(1 row)
*/
MATCH (n:R) WHERE n.k = 7 AND n.k <= 7 RETURN count(*) AS c;
/* expect
| c  |
| 25 |
(1 row)
*/
MATCH (n:R) WHERE n.k > 50 AND n.k < 40 RETURN count(*) AS c;
/* expect
| c |
| 0 |
(1 row)
*/
MATCH (n:R) WHERE n.k > 9223372036854775807 AND n.k > 0 RETURN count(*) AS c;
/* expect
| c |
| 0 |
(1 row)
*/
MATCH (n:R) WHERE n.k < -9223372036854775808 AND n.k > 0 RETURN count(*) AS c;
/* expect
| c |
| 0 |
(1 row)
*/
MATCH (n:R) WHERE n.k >= -9223372036854775808 AND n.k <= 9223372036854775807 RETURN count(*) AS c;
/* expect
| c    |
| 2250 |
(1 row)
*/
MATCH (n:R) WHERE n.k <> 5 AND n.k < 10 RETURN count(*) AS c;
/* expect
| c   |
| 200 |
(1 row)
*/
MATCH (n:R) WHERE n.k + 0 <> 5 AND n.k + 0 < 10 RETURN count(*) AS c;
/* expect
| c   |
| 200 |
(1 row)
*/
MATCH (n:R) WHERE n.k >= 10.5 AND n.k < 12 RETURN collect(DISTINCT n.k) AS ks;
/* expect
| ks   |
| [11] |
(1 row)
*/
MATCH (n:R) WHERE n.s >= 'v1' AND n.s < 'v3' RETURN n.s AS s, count(*) AS c ORDER BY s;
/* expect
| s    | c   |
| 'v1' | 500 |
| 'v2' | 500 |
(2 rows)
*/
MATCH (n:R) WHERE n.s + '' >= 'v1' AND n.s + '' < 'v3' RETURN n.s AS s, count(*) AS c ORDER BY s;
/* expect
| s    | c   |
| 'v1' | 500 |
| 'v2' | 500 |
(2 rows)
*/
MATCH (n:R) WHERE n.i > 2400 AND n.k >= 5 AND n.i <= 2410 RETURN collect(n.i) AS is;
/* expect
| is                             |
| [2405, 2406, 2407, 2408, 2409] |
(1 row)
*/
