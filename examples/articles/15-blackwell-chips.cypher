// graph: articles
// What are the Blackwell chips and systems: kind, transistors, process, price?
MATCH (c:Chip)-[:BASED_ON]->(:Architecture {name: 'Blackwell'})
OPTIONAL MATCH (c)-[k:CONTAINS]->(part:Chip)
RETURN c.name AS chip, c.kind AS kind, c.transistors AS transistors, c.process_nm AS process_nm,
       c.price_usd_low AS price_usd_low, part.name AS contains, k.count AS count
ORDER BY chip;
/* expect
| chip            | kind        | transistors  | process_nm | price_usd_low | contains        | count |
| 'B100'          | 'gpu'       | null         | null       | null          | null            | null  |
| 'Blackwell GPU' | 'gpu'       | 208000000000 | 4          | null          | null            | null  |
| 'DGX Blackwell' | 'system'    | null         | null       | null          | 'Blackwell GPU' | 72    |
| 'GB200'         | 'superchip' | null         | null       | 40000         | null            | null  |
| 'GB200 NVL72'   | 'system'    | null         | null       | null          | 'Blackwell GPU' | 72    |
(5 rows)
*/
