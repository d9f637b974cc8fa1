// graph: articles
// Which relationships are inferred rather than stated by an article?
MATCH (a)-[r]->(b)
WHERE r.inferred = true
RETURN type(r) AS relationship, a.name AS from_name, b.name AS to_name
ORDER BY relationship, from_name, to_name;
/* expect
| relationship | from_name      | to_name        |
| 'BUILT_ON'   | 'Pi'           | 'Inflection-1' |
| 'FOUNDED'    | 'Wang Xing'    | 'Meituan'      |
| 'MAKES'      | 'Alibaba'      | 'Qwen-110B'    |
| 'MAKES'      | 'Apple'        | 'iPhone'       |
| 'MAKES'      | 'Baidu'        | 'ERNIE'        |
| 'MAKES'      | 'DeepMind'     | 'Chinchilla'   |
| 'MAKES'      | 'Google'       | 'PaLM-540B'    |
| 'MAKES'      | 'Meta'         | 'LLaMA-65B'    |
| 'MAKES'      | 'OpenAI'       | 'GPT-3'        |
| 'MAKES'      | 'OpenAI'       | 'GPT-3.5'      |
| 'MAKES'      | 'OpenAI'       | 'GPT-5'        |
| 'MAKES'      | 'Stability AI' | 'Stable Video' |
| 'PART_OF'    | 'GPT-3'        | 'GPT'          |
| 'PART_OF'    | 'GPT-3.5'      | 'GPT'          |
| 'VARIANT_OF' | 'A800'         | 'A100'         |
| 'VARIANT_OF' | 'H800'         | 'H100'         |
(16 rows)
*/
