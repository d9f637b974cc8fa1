// graph: articles
// Who is the CEO of which company?
MATCH (p:Person)-[:CEO_OF]->(c:Company)
RETURN c.name AS company, p.name AS ceo, p.name_zh AS name_zh
ORDER BY company;
/* expect
| company         | ceo                | name_zh           |
| 'Inflection AI' | 'Mustafa Suleyman' | null              |
| 'Intel'         | 'Pat Gelsinger'    | '帕特·基辛格'     |
| 'Meta'          | 'Mark Zuckerberg'  | '扎克伯格'        |
| 'NVIDIA'        | 'Jensen Huang'     | '黄仁勋'          |
| 'OpenAI'        | 'Sam Altman'       | '山姆·奥特曼'     |
| 'Stability AI'  | 'Emad Mostaque'    | '埃马德·莫斯塔克' |
| 'Tesla'         | 'Elon Musk'        | '埃隆·马斯克'     |
(7 rows)
*/
