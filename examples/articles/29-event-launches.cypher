// graph: articles
// What was launched or shown at each event?
MATCH (x)-[:LAUNCHED_AT]->(e:Event)
RETURN e.name AS event, e.date AS date, x.name AS launched
ORDER BY date, launched;
/* expect
| event             | date         | launched        |
| 'Google I/O 2023' | '2023-05'    | 'A3'            |
| 'GTC 2024'        | '2024-03-18' | 'Blackwell'     |
| 'GTC 2024'        | '2024-03-18' | 'Blackwell GPU' |
| 'GTC 2024'        | '2024-03-18' | 'GB200'         |
| 'GTC 2024'        | '2024-03-18' | 'GB200 NVL72'   |
| 'GTC 2024'        | '2024-03-18' | 'NIM'           |
| 'GTC 2024'        | '2024-03-18' | 'NVLink'        |
| 'Computex 2024'   | '2024-06'    | 'Blackwell GPU' |
| 'Computex 2024'   | '2024-06'    | 'DGX Blackwell' |
| 'Computex 2024'   | '2024-06'    | 'NVLink Spine'  |
(10 rows)
*/
