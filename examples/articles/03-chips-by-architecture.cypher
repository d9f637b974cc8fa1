// graph: articles
// Which chips are built on Hopper, and which on Blackwell?
MATCH (c:Chip)-[:BASED_ON]->(a:Architecture)
RETURN a.name AS architecture, c.name AS chip, c.kind AS kind
ORDER BY architecture, chip;
/* expect
| architecture | chip            | kind        |
| 'Blackwell'  | 'B100'          | 'gpu'       |
| 'Blackwell'  | 'Blackwell GPU' | 'gpu'       |
| 'Blackwell'  | 'DGX Blackwell' | 'system'    |
| 'Blackwell'  | 'GB200'         | 'superchip' |
| 'Blackwell'  | 'GB200 NVL72'   | 'system'    |
| 'Hopper'     | 'H100'          | 'gpu'       |
(6 rows)
*/
