// graph: articles
// Who entered MLPerf Training 3.0 with which chips, and how fast did GPT-3 train?
MATCH (c:Company)-[r:COMPETED_IN]->(:Product {name: 'MLPerf Training 3.0'})
RETURN c.name AS entrant, r.chip AS chip, r.chip_count AS chip_count, r.chip_counts AS chip_counts,
       r.minutes_max AS minutes_max, r.hours_min AS hours_min
ORDER BY entrant;
/* expect
| entrant  | chip     | chip_count | chip_counts | minutes_max | hours_min |
| 'Intel'  | 'Gaudi2' | null       | [384, 256]  | null        | [5, 7]    |
| 'NVIDIA' | 'H100'   | 3584       | null        | 11          | null      |
(2 rows)
*/
